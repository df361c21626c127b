// "Use this file": a missing model the machine already has (same bytes under another name, and a same-named file
// in a subfolder); the card's button re-points the node, the card turns present, and ComfyUI accepts the prompt.
import { card, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const prompt = JSON.parse(process.env.PROMPT_JSON);
const models = JSON.parse(process.env.MODELS_JSON); // {wanted name: properties.models for its loader}
const byHash = process.env.BY_HASH_NAME;
const byName = process.env.BY_NAME_NAME;

function loaderValues(page) {
  return page.evaluate(() => {
    const graph = window.app.rootGraph ?? window.app.graph;
    return graph._nodes.filter((n) => n.type === 'VAELoader').map((n) => n.widgets[0].value).sort();
  });
}

// The states the card shows while the host configures the same workflow again and the user edits another node
// (a re-check follows): a source once found stays on screen.
async function statesDuringEdits(page, filename) {
  await page.evaluate((name) => {
    const seen = (window.__cardStates = new Set());
    const look = () => seen.add(document.querySelector(`[data-testid="resource-card"][data-filename="${name}"]`)?.dataset.state ?? 'gone');
    look();
    window.__cardWatch = new MutationObserver(look);
    window.__cardWatch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  }, filename);
  await page.evaluate(async () => {
    const graph = window.app.rootGraph ?? window.app.graph;
    await window.app.loadGraphData(graph.serialize());
  });
  await page.evaluate(() => {
    const graph = window.app.rootGraph ?? window.app.graph;
    const latent = graph._nodes.find((n) => n.type === 'EmptyLatentImage');
    latent.widgets.find((w) => w.name === 'batch_size').value = 2;
  });
  const canvas = await page.locator('#graph-canvas').boundingBox();
  await page.mouse.click(canvas.x + canvas.width - 40, canvas.y + canvas.height - 40); // the change tracker looks
  await page.waitForTimeout(2500); // past the re-check's debounce and its answer
  return page.evaluate(() => {
    window.__cardWatch.disconnect();
    return [...window.__cardStates];
  });
}

await runScenario(async ({ page }) => {
  await page.evaluate(async (api) => window.app.loadApiJson(api, 'use-local-file.json'), prompt);
  await page.evaluate((links) => {
    const graph = window.app.rootGraph ?? window.app.graph;
    for (const node of graph._nodes.filter((n) => n.type === 'VAELoader')) {
      const entry = links[node.widgets[0].value];
      if (entry) node.properties = { ...(node.properties ?? {}), models: entry };
    }
  }, models);
  const view = await openSidebarTab(page);
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-refresh"]').click();
  await waitForCardState(view, byHash, 'elsewhere', 30_000);
  await waitForCardState(view, byName, 'present', 30_000);
  const statesWhileEdited = await statesDuringEdits(page, byHash);
  const evidence = await card(view, byHash).innerText();
  const downloadAll = Number(await view.locator('[data-testid="download-all"]').getAttribute('data-count'));
  const shots = await screenshots(page, 'use-local-file');
  const before = await loaderValues(page);
  await card(view, byHash).locator('[data-testid="card-use-local"]').click();
  await card(view, byHash).waitFor({ state: 'detached', timeout: 30_000 });
  await card(view, byName).locator('[data-testid="card-use-local"]').click();
  await page.waitForFunction(
    (name) => {
      const graph = window.app.rootGraph ?? window.app.graph;
      return !graph._nodes.some((n) => n.type === 'VAELoader' && n.widgets[0].value === name);
    },
    byName,
    { timeout: 15_000 },
  );
  const after = await loaderValues(page);
  const queued = await page.evaluate(async () => {
    const { output } = await window.app.graphToPrompt();
    const answer = await fetch('/api/prompt', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: output, client_id: 'use-local-file' }),
    });
    const body = await answer.json().catch(() => ({}));
    await fetch('/api/queue', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ clear: true }) });
    await fetch('/api/interrupt', { method: 'POST' });
    return { status: answer.status, nodeErrors: body.node_errors ?? null, error: body.error ?? null };
  });
  return { evidence, statesWhileEdited, downloadAll, before, after, queued, shots };
});
