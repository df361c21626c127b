// Download All, then the tab closed while two of four files stall. The counter says 2/4 while they stall,
// the tab's button counts the running downloads, the loaders' lists learn the new files and exactly one
// toast says how the batch ended, all with the sidebar closed. Then a downloaded file is deleted: reopening
// the sidebar offers it again (the disk is the truth, not the finished task).
import { unlinkSync } from 'node:fs';
import { basename } from 'node:path';
import {
  card, clearFakeFaults, closeSidebarTab, loadImage, openSidebarTab, recordToasts, runScenario, screenshot, screenshots,
  tabBadge, toastsSeen, waitForCardState, waitForTabBadge,
} from './lib.mjs';

const files = JSON.parse(process.env.FILES);
const stalled = JSON.parse(process.env.STALLED);
const deleted = process.env.DELETE_PATH;

await runScenario(async ({ page }) => {
  // A LoRA loader on the canvas: its list must learn the new files without the sidebar.
  await page.evaluate(() => {
    const node = window.LiteGraph.createNode('LoraLoader');
    (window.app.rootGraph ?? window.app.graph).add(node);
    window.__loraLoader = node;
  });
  let view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await recordToasts(page);
  await view.locator('[data-testid="download-all"]').click();
  for (const file of files.filter((name) => !stalled.includes(name))) await waitForCardState(view, file, 'present', 60_000);
  for (const file of stalled) await waitForCardState(view, file, ['downloading', 'waiting'], 15_000);
  const downloadAll = view.locator('[data-testid="download-all"]');
  await page.waitForFunction(() => /\(2\/4\)/.test(document.querySelector('[data-testid="download-all"]')?.textContent ?? ''), null, { timeout: 15_000 });
  const counterWhileStalled = (await downloadAll.innerText()).trim();
  const shots = await screenshots(page, 'batch-counter-stalled');

  await closeSidebarTab(page);
  const badgeWhileClosed = await waitForTabBadge(page, '2');
  shots.push(...(await screenshots(page, 'tab-closed-badge')));
  const toastsWhileRunning = await toastsSeen(page);

  await clearFakeFaults();
  await waitForTabBadge(page, '', 120_000);
  await page.locator(`:is(${'.p-toast-message, [data-toast-kind]'}):has-text("4 models downloaded")`).first().waitFor({ timeout: 15_000 });
  shots.push(await screenshot(page, 'tab-closed-batch-toast-dark'));
  await page.waitForTimeout(1500); // anything else that would toast has had its chance
  const toasts = await toastsSeen(page);
  await page.waitForFunction(
    (names) => {
      const widget = window.__loraLoader.widgets.find((w) => w.name === 'lora_name');
      const values = typeof widget.options.values === 'function' ? widget.options.values() : widget.options.values;
      return names.every((name) => values.includes(name));
    },
    files,
    { timeout: 30_000 }, // the host re-reads every node definition: slow on a busy machine
  );

  unlinkSync(deleted);
  view = await openSidebarTab(page);
  await waitForCardState(view, basename(deleted), 'resolved', 15_000);
  shots.push(...(await screenshots(page, 'deleted-file-offered-again')));
  const othersPresent = await Promise.all(
    files.filter((name) => name !== basename(deleted)).map(async (name) => card(view, name).getAttribute('data-state')),
  );
  return { shots, counterWhileStalled, badgeWhileClosed, toastsWhileRunning, toasts, othersPresent, badgeAtEnd: await tabBadge(page) };
});
