// Flow 5: the open workflow's missing models, resolved; Download; the loader's combo then offers the file.
import { card, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const workflow = JSON.parse(process.env.WORKFLOW_JSON);
const file = process.env.EXPECTED_FILE;

await runScenario(async ({ page }) => {
  await page.evaluate((graph) => window.app.loadGraphData(graph), workflow);
  const view = await openSidebarTab(page);
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-refresh"]').click();
  await waitForCardState(view, file, ['resolved', 'confirm'], 30_000);
  const shots = await screenshots(page, 'this-workflow-missing');
  const customNodes = (await view.locator('[data-testid="custom-nodes"]').innerText().catch(() => '')).trim();
  await card(view, file).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, file, 'present', 60_000);
  // The loader's combo offers the new file once the sidebar has refreshed ComfyUI's lists.
  const offered = await page
    .waitForFunction(
      (name) => {
        const graph = window.app.rootGraph ?? window.app.graph;
        return graph._nodes.some((n) =>
          (n.widgets ?? []).some((w) => {
            const values = typeof w.options?.values === 'function' ? w.options.values() : w.options?.values;
            return Array.isArray(values) && values.includes(name);
          }),
        );
      },
      file,
      { timeout: 15_000 },
    )
    .then(() => true, () => false);
  shots.push(...(await screenshots(page, 'this-workflow-present')));
  return { offered, customNodes, shots };
});
