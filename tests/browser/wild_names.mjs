// Flow: a workflow whose names Civitai only nearly has. The near match shows both names and waits for a
// click; Download All leaves it alone; an extension-less embedding, accepted with "Use this", lands
// with the source's extension.
import { card, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const workflow = JSON.parse(process.env.WORKFLOW_JSON);
const near = process.env.NEAR_FILE; // fashionGirl_v53.safetensors
const embedding = process.env.EMBEDDING_FILE; // EasyNegative_v2.safetensors
const exact = process.env.EXACT_FILE;

const text = async (locator) => (await locator.innerText()).trim();

await runScenario(async ({ page }) => {
  await page.evaluate((graph) => window.app.loadGraphData(graph), workflow);
  const view = await openSidebarTab(page);
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-refresh"]').click();
  await waitForCardState(view, exact, 'resolved', 30_000);
  await waitForCardState(view, near, 'confirm', 30_000);
  await waitForCardState(view, embedding, 'confirm', 30_000);
  const nearCard = card(view, near);
  const names = {
    wanted: await text(nearCard.locator('[data-testid="card-wanted-name"]')),
    source: await text(nearCard.locator('[data-testid="card-source-name"]')),
    labels: await text(nearCard.locator('[data-testid="card-names"]')),
    savedAs: await text(nearCard.locator('[data-testid="card-saved-as"]')),
  };
  const shots = await screenshots(page, 'wild-names-confirm');

  await view.locator('[data-testid="download-all"]').click();
  await waitForCardState(view, exact, 'present', 60_000);
  const nearAfterDownloadAll = await nearCard.getAttribute('data-state');
  const embeddingAfterDownloadAll = await card(view, embedding).getAttribute('data-state');

  await card(view, embedding).locator('[data-testid="card-confirm"]').click();
  await waitForCardState(view, embedding, 'resolved', 10_000);
  await card(view, embedding).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, embedding, 'present', 60_000);
  shots.push(...(await screenshots(page, 'wild-names-after')));
  return { names, nearAfterDownloadAll, embeddingAfterDownloadAll, shots };
});
