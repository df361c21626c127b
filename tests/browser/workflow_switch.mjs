// Switching workflows: "This workflow" says "Checking…" at once and never shows the previous workflow's
// cards for the new one; then the new workflow's cards come.
import { openSidebarTab, runScenario, screenshots } from './lib.mjs';

const first = process.env.FIRST_FILE;
const second = process.env.SECOND_FILE;

await runScenario(async ({ page }) => {
  // Two workflows, each with one LoRA loader asking for a file nobody has.
  const workflows = await page.evaluate(([a, b]) => {
    const graph = window.app.rootGraph ?? window.app.graph;
    const withLora = (name) => {
      graph.clear();
      const node = window.LiteGraph.createNode('LoraLoader');
      graph.add(node);
      node.widgets.find((w) => w.name === 'lora_name').value = name;
      return graph.serialize();
    };
    return [withLora(a), withLora(b)];
  }, [first, second]);
  await page.evaluate((workflow) => window.app.loadGraphData(workflow, true, true, 'switch-first'), workflows[0]);
  const view = await openSidebarTab(page);
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator(`[data-testid="resource-card"][data-filename="${first}"]`).waitFor({ timeout: 30_000 });

  // Record what the view shows at every change from the moment the switch starts.
  const frames = await page.evaluate(async ({ workflow, firstFile }) => {
    const root = document.querySelector('[data-testid="workflow-view"]');
    const frames = [];
    const look = () => {
      const summary = document.querySelector('[data-testid="workflow-summary"]')?.textContent.trim() ?? '';
      const cards = [...document.querySelectorAll('[data-testid="resource-card"]')].map((c) => c.dataset.filename);
      frames.push({ at: performance.now(), summary, cards, showsFirst: cards.includes(firstFile) });
    };
    const observer = new MutationObserver(look);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const started = performance.now();
    await window.app.loadGraphData(workflow, true, true, 'switch-second');
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    look();
    const firstFrameAfterLoad = frames.at(-1);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    observer.disconnect();
    look();
    return { started, frames, firstFrameAfterLoad };
  }, { workflow: workflows[1], firstFile: first });
  const shots = await screenshots(page, 'workflow-switched');
  return { shots, ...frames };
});
