// ComfyUI's own missing-models check agrees with the pack: a workflow whose models are missing shows them in
// the frontend's Issues panel (1.47 and later), outlines their nodes in red and puts a warning on Run; after
// Download All in the sidebar the panel lists none, no node is outlined and Run is plain again.
// On a frontend without that check (1.32) the same flow must simply work, with no errors.
import { openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const TAB_BUTTON = '.civitai-sidebar-tab-button, [data-testid="civitai-sidebar-tab-button"]';

const workflow = JSON.parse(process.env.WORKFLOW_JSON);
const files = JSON.parse(process.env.EXPECTED_FILES);
const expectNative = process.env.EXPECT_NATIVE === '1';

// What the frontend itself says about the open workflow's models (read, never changed, by the test):
// its Issues panel, the icon on Run, the nodes it flags, and the red outline pixels the canvas shows now
// (a flag cleared on a canvas nobody redraws still looks like an error to the user).
function nativeState() {
  const group = document.querySelector('[data-testid="error-group-missing-model"]');
  const icon = document.querySelector('[data-testid="queue-button-icon"]');
  const graph = window.app.rootGraph ?? window.app.graph;
  const canvas = window.app.canvas?.canvas;
  let redPixels = 0;
  if (canvas) {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 0; i < data.length; i += 4) if (data[i] > 170 && data[i + 1] < 40 && data[i + 2] < 40) redPixels++;
  }
  return {
    panelText: group ? group.innerText : '',
    runWarning: icon ? /triangle-alert/.test(icon.className) : null,
    outlined: (graph?.nodes ?? graph?._nodes ?? []).filter((node) => node.has_errors).map((node) => node.type),
    redPixels,
  };
}

// Where on the page the title bar of the node that loads `file` is now (the canvas may have moved).
async function nodeTitlePoint(page, file) {
  return page.evaluate((name) => {
    const canvas = window.app.canvas;
    const graph = window.app.rootGraph ?? window.app.graph;
    const node = (graph.nodes ?? graph._nodes).find((n) => (n.widgets ?? []).some((w) => w.value === name));
    const { offset, scale } = canvas.ds; // canvas space -> element pixels, as litegraph draws
    const box = canvas.canvas.getBoundingClientRect();
    const ratio = box.width / canvas.canvas.width || 1;
    return {
      x: box.left + (node.pos[0] + 60 + offset[0]) * scale * ratio,
      y: box.top + (node.pos[1] - 15 + offset[1]) * scale * ratio,
    };
  }, file);
}

await runScenario(async ({ page, consoleErrors }) => {
  if (expectNative) {
    // The frontend's own switches (on by default; said explicitly so the test does not depend on defaults).
    await page.evaluate(async () => {
      const settings = window.app.extensionManager.setting;
      for (const id of ['Comfy.RightSidePanel.ShowErrorsTab', 'Comfy.ErrorSystem.ShowMissingModels']) {
        if (id in (settings.settings ?? {})) await settings.set(id, true); // 1.47 has only the first
      }
    });
  }
  await page.evaluate((graph) => window.app.loadGraphData(graph), workflow);
  let before = null;
  const shots = [];
  if (expectNative) {
    // The user opens the frontend's Issues panel from its "issues found" notice.
    await page.locator('[data-testid="error-overlay-see-errors"]').click({ timeout: 30_000 });
    await page.waitForFunction(
      (names) => {
        const text = document.querySelector('[data-testid="error-group-missing-model"]')?.innerText ?? '';
        return names.every((name) => text.replace(/\s+/g, '').includes(name));
      },
      files,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => /triangle-alert/.test(document.querySelector('[data-testid="queue-button-icon"]')?.className ?? ''), null, { timeout: 15_000 });
    await page.waitForFunction(() => (window.app.rootGraph ?? window.app.graph).nodes.some((node) => node.has_errors), null, { timeout: 15_000 });
    await page.waitForTimeout(500); // one frame drawn with the outlines
    before = await page.evaluate(nativeState);
    shots.push(...(await screenshots(page, 'native-missing-before')));
  }

  // From the frontend's own UI into the sidebar: the Issues panel's "locate" shows the first node, the user
  // selects it and clicks the pack's button in the selection toolbox (1.47+); on 1.32 the node's menu item.
  const first = files[0];
  const title = await nodeTitlePoint(page, first);
  if (expectNative) {
    await page.locator('[data-testid="missing-model-locate"]').first().click();
    await page.waitForTimeout(800); // the canvas glides to the node
    const at = await nodeTitlePoint(page, first);
    await page.mouse.click(at.x, at.y);
    await page.locator('[data-testid="selection-toolbox"] button:has(i.pi-download)').click({ timeout: 10_000 });
  } else {
    await page.mouse.click(title.x, title.y, { button: 'right' });
    await page.locator('.litecontextmenu .litemenu-entry', { hasText: 'Find model sources' }).click({ timeout: 10_000 });
  }
  const view = page.locator('[data-testid="civitai-sidebar"]');
  await view.locator(`[data-testid="resource-card"][data-filename="${first}"][data-focused="true"]`).waitFor({ timeout: 30_000 });
  const focused = await view.locator('[data-testid="resource-card"][data-focused="true"]').evaluateAll((cards) => cards.map((card) => card.dataset.filename));
  shots.push(...(await screenshots(page, 'native-missing-find-sources')));
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-refresh"]').click();
  for (const file of files) await waitForCardState(view, file, 'resolved', 30_000);
  await view.locator('[data-testid="download-all"]').click();
  await view.locator('[data-testid="resource-card"][data-state="waiting"], [data-testid="resource-card"][data-state="downloading"], [data-testid="resource-card"][data-state="present"]').first().waitFor({ timeout: 30_000 });
  // The user closes the sidebar while the files download: the host must still learn about them.
  const statesAtClose = await view.locator('[data-testid="resource-card"]').evaluateAll((cards) => cards.map((card) => card.dataset.state));
  await page.locator(TAB_BUTTON).first().click();
  await view.waitFor({ state: 'detached', timeout: 10_000 });

  // The frontend re-checks once the pack has told it about the new files; give it time to download them. The
  // mouse stays still: the canvas must show the cleared state without the user touching it.
  let after = null;
  let cleared = null;
  if (expectNative) {
    const deadline = Date.now() + 60_000;
    do {
      await page.waitForTimeout(500);
      after = await page.evaluate(nativeState);
      cleared = !after.panelText && !after.runWarning && after.outlined.length === 0 && after.redPixels === 0;
    } while (!cleared && Date.now() < deadline);
  }
  // Every loader offers its new file (all frontends), once the sidebar has refreshed the host's lists.
  const offeredNow = (names) => {
    const graph = window.app.rootGraph ?? window.app.graph;
    const values = (graph.nodes ?? graph._nodes).flatMap((node) =>
      (node.widgets ?? []).flatMap((widget) => {
        const options = typeof widget.options?.values === 'function' ? widget.options.values() : widget.options?.values;
        return Array.isArray(options) ? options : [];
      }),
    );
    return names.filter((name) => values.includes(name));
  };
  await page.waitForFunction(`(${offeredNow})(${JSON.stringify(files)}).length === ${files.length}`, null, { timeout: 60_000 }).catch(() => {});
  const offered = await page.evaluate(offeredNow, files);
  // Back in the sidebar, every card says the file is there.
  const reopened = await openSidebarTab(page);
  await reopened.locator('[data-testid="view-workflow"]').click();
  for (const file of files) await waitForCardState(reopened, file, 'present', 90_000);
  shots.push(...(await screenshots(page, expectNative ? 'native-missing-after' : 'native-missing-none-after')));
  const packErrors = consoleErrors.filter((text) => /civitai/i.test(text));
  return { before, after, cleared, offered, focused, statesAtClose, packErrors, shots };
});
