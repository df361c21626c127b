// Flow 4: Generate Workflow with a model missing: the dialog, Continue, the nodes on the canvas, none overlapping.
import { loadImage, openSidebarTab, runScenario, screenshots } from './lib.mjs';

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await view.locator('[data-testid="generate-workflow"]').click();
  const dialog = page.locator('[data-testid="generate-dialog"]');
  await dialog.waitFor({ timeout: 15_000 });
  const dialogText = await dialog.innerText();
  const shots = await screenshots(page, 'generate-dialog');
  await page.locator('[data-testid="generate-continue"]').click();
  await view.locator('[data-testid="generate-status"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const status = (await view.locator('[data-testid="generate-status"]').innerText()).trim();
  const nodes = await page.evaluate(() => {
    const graph = window.app.rootGraph ?? window.app.graph;
    return graph._nodes.map((n) => ({ type: n.type, x: n.pos[0], y: n.pos[1], w: n.size[0], h: n.size[1] }));
  });
  shots.push(...(await screenshots(page, 'generated-workflow')));
  return { dialogText, status, nodes, shots };
});
