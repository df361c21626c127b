// Issue 12 item 6: likely matches are decidable. "Not this" turns the near name down (Download All leaves it
// out, Undo brings the question back); "Use this" on the extension-less embedding makes it join Download All.
import { card, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const workflow = JSON.parse(process.env.WORKFLOW_JSON);
const near = process.env.NEAR_FILE;
const embedding = process.env.EMBEDDING_FILE;
const exact = process.env.EXACT_FILE;

await runScenario(async ({ page }) => {
  await page.evaluate((graph) => window.app.loadGraphData(graph), workflow);
  const view = await openSidebarTab(page);
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-refresh"]').click();
  await waitForCardState(view, exact, 'resolved', 30_000);
  await waitForCardState(view, near, 'confirm', 30_000);
  await waitForCardState(view, embedding, 'confirm', 30_000);
  const evidence = (await card(view, near).locator('[data-testid="card-evidence"]').innerText()).trim();
  const names = [
    (await card(view, near).locator('[data-testid="card-wanted-name"]').innerText()).trim(),
    (await card(view, near).locator('[data-testid="card-source-name"]').innerText()).trim(),
  ];
  const shots = await screenshots(page, 'item6-decide-before');

  await card(view, near).locator('[data-testid="card-reject"]').click();
  await waitForCardState(view, near, 'rejected', 10_000);
  await card(view, embedding).locator('[data-testid="card-confirm"]').click();
  await waitForCardState(view, embedding, 'resolved', 10_000);
  const missingBefore = (await view.locator('[data-testid="missing-count"]').innerText()).trim();

  await view.locator('[data-testid="download-all"]').click();
  await waitForCardState(view, exact, 'present', 60_000);
  await waitForCardState(view, embedding, 'present', 60_000);
  const nearAfter = await card(view, near).getAttribute('data-state');
  shots.push(...(await screenshots(page, 'item6-decide-after-download-all')));

  await card(view, near).locator('[data-testid="card-undo"]').click();
  await waitForCardState(view, near, 'confirm', 10_000);
  return { evidence, names, missingBefore, nearAfter, shots };
});
