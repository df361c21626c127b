// Flow 4: Generate Workflow with a model missing: the dialog, Continue, the nodes on the canvas, none overlapping,
// all in view, the seed kept "fixed", the workflow named civitai-<image id>.
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
  await page.waitForTimeout(700); // the host's fit-to-view animates
  const nodes = await page.evaluate(() => {
    const graph = window.app.rootGraph ?? window.app.graph;
    return graph._nodes.map((n) => ({ type: n.type, x: n.pos[0], y: n.pos[1], w: n.size[0], h: n.size[1] }));
  });
  const canvas = await page.evaluate(() => {
    const { canvas } = window.app;
    const graph = window.app.rootGraph ?? window.app.graph;
    const [left, top, width, height] = canvas.visible_area;
    const outside = graph._nodes
      .filter((n) => n.pos[0] < left || n.pos[1] < top || n.pos[0] + n.size[0] > left + width || n.pos[1] + n.size[1] > top + height)
      .map((n) => n.type);
    const seedControls = graph._nodes.flatMap((n) => (n.widgets ?? []).filter((w) => w.name === 'control_after_generate').map((w) => w.value));
    return { outside, seedControls };
  });
  // The open workflow's name: the topbar/tab shows it; the workflow store has it on every frontend.
  const workflowName = await page.evaluate(() => window.app.extensionManager.workflow?.activeWorkflow?.filename ?? null);
  shots.push(...(await screenshots(page, 'generated-workflow')));
  return { dialogText, status, nodes, shots, ...canvas, workflowName };
});
