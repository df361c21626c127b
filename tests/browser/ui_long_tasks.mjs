// Issue 12 item 11, measured: a Civitai image with N resources renders N cards, then Download All runs them all.
// Long tasks (PerformanceObserver 'longtask': main-thread work of 50 ms or more) and the gaps between animation
// frames are recorded from before Load until the last card is present. Prints the figures; asserts nothing.
import { openSidebarTab, runScenario, screenshots } from './lib.mjs';

const files = JSON.parse(process.env.EXPECTED_FILES);
const width = Number(process.env.SIDEBAR_WIDTH || 0);

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  if (width) {
    await page.evaluate((px) => {
      const panel = document.querySelector('[data-testid="civitai-sidebar"]').closest('.p-splitterpanel');
      if (panel) Object.assign(panel.style, { flex: `0 0 ${px}px`, flexBasis: `${px}px`, maxWidth: `${px}px`, minWidth: `${px}px` });
    }, width);
  }
  await page.evaluate(() => {
    const record = (window.__perf = { longTasks: [], frameGaps: [], phase: 'idle', marks: {} });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push({ phase: record.phase, start: Math.round(entry.startTime), ms: Math.round(entry.duration) });
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (now) => {
      record.frameGaps.push({ phase: record.phase, ms: now - last });
      last = now;
      if (!record.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const phase = (name) => page.evaluate((n) => ((window.__perf.phase = n), (window.__perf.marks[n] = performance.now())), name);

  // With MUTE_TOASTS=1 the host's toasts become no-ops: what is left is the sidebar's own cost.
  if (process.env.MUTE_TOASTS) {
    await page.evaluate(() => {
      const toast = window.app.extensionManager.toast;
      for (const name of ['add', 'success', 'error', 'info', 'warning', 'addAlert']) if (typeof toast[name] === 'function') toast[name] = () => {};
    });
  }
  // With MUTE_REFRESH=1 the host's model-list refresh (which the sidebar asks for as files land) does nothing.
  if (process.env.MUTE_REFRESH) {
    await page.evaluate(() => {
      const command = window.app.extensionManager.command;
      const execute = command.execute.bind(command);
      command.execute = (id, ...rest) => (id === 'Comfy.RefreshNodeDefinitions' ? Promise.resolve() : execute(id, ...rest));
      window.app.refreshComboInNodes = async () => {};
    });
  }
  await phase('render');
  await view.locator('[data-testid="view-image"]').click();
  await view.locator('[data-testid="image-input"]').fill(String(process.env.IMAGE_ID));
  await view.locator('[data-testid="image-load"]').click();
  await view.locator('[data-testid="resource-card"]').nth(files.length - 1).waitFor({ timeout: 60_000 });
  const cards = await view.locator('[data-testid="resource-card"]').count();
  await page.waitForTimeout(500);

  // With PROFILE=1, a CPU profile of the batch says where the main thread's time went (self time by function).
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  await phase('download-all');
  await view.locator('[data-testid="download-all"]').click();
  // one cheap check every 500 ms (a locator per card would itself load the main thread)
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="resource-card"][data-state="present"]').length >= n, files.length, { polling: 500, timeout: 300_000 });
  await phase('done');
  let hot = null;
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const selfTime = new Map();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, index) => {
      const frame = byId.get(id).callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
      selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
    });
    hot = [...selfTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, ms]) => `${ms.toFixed(0)} ms ${name}`);
  }
  await page.waitForTimeout(300);
  const perf = await page.evaluate(() => ((window.__perf.stop = true), window.__perf));
  const shots = await screenshots(page, 'item11-forty-cards-downloaded');
  return { cards, perf, shots, hot };
});
