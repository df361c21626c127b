// Issue 12 items 3 and 7: Download All states count and size before the click and lists the blocked file apart
// with why; the Downloads view shows the running file with bytes, speed and time left, survives a reload, and
// its Retry, Cancel and Copy path work.
import { loadImage, openSidebarTab, runScenario, screenshots, setPalette, artifactsDir } from './lib.mjs';
import { join } from 'node:path';

const slow = process.env.SLOW_FILE;
const broken = process.env.BROKEN_FILE;
const early = process.env.EARLY_FILE;

const row = (view, filename, status) =>
  view.locator(`[data-testid="download-row"][data-filename="${filename}"]${status ? `[data-status="${status}"]` : ''}`).first();

async function sidebarShots(page, view, name) {
  const paths = [];
  for (const palette of ['dark', 'light']) {
    await setPalette(page, palette);
    const path = join(artifactsDir, `${name}-${palette}.png`);
    await view.screenshot({ path });
    paths.push(path);
  }
  await setPalette(page, 'dark');
  return paths;
}

await runScenario(async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(process.env.COMFYUI_URL).origin });
  let view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  const button = view.locator('[data-testid="download-all"]');
  await view.locator(`[data-testid="resource-card"][data-filename="${early}"][data-state="blocked"]`).waitFor();
  const labelBefore = (await button.innerText()).trim();
  const skippedSummary = (await view.locator('[data-testid="skipped-count"]').innerText()).trim();
  const skippedRow = (await view.locator(`[data-testid="skipped-file"][data-filename="${early}"]`).innerText()).trim();
  const shots = await sidebarShots(page, view, 'download-all-before');

  await button.click();
  await view.locator('[data-testid="view-downloads"]').click();
  const running = row(view, slow, 'downloading');
  await running.locator('[data-testid="download-row-eta"]').waitFor({ timeout: 30_000 });
  const runningBytes = (await running.locator('[data-testid="download-row-bytes"]').innerText()).trim();
  const runningSpeed = (await running.locator('[data-testid="download-row-speed"]').innerText()).trim();
  const runningEta = (await running.locator('[data-testid="download-row-eta"]').innerText()).trim();
  await row(view, broken, 'failed').waitFor({ timeout: 30_000 });
  shots.push(...(await sidebarShots(page, view, 'downloads-view-running')));
  shots.push(...(await screenshots(page, 'downloads-view-page')));

  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.app?.extensionManager && window.app?.graph, null, { timeout: 60_000 });
  view = await openSidebarTab(page);
  await view.locator('[data-testid="view-downloads"]').click();
  await row(view, slow, 'downloading').locator('[data-testid="download-row-bytes"]').waitFor({ timeout: 15_000 });
  const afterReloadBytes = (await row(view, slow, 'downloading').locator('[data-testid="download-row-bytes"]').innerText()).trim();
  const failedAfterReload = await row(view, broken, 'failed').isVisible();
  const batchAfterReload = (await view.locator('[data-testid="download-batch-title"]').first().innerText()).trim();

  const clearFaults = await fetch(`${process.env.FAKE_CIVITAI_URL}/__fake__/faults/${process.env.BROKEN_RULE}`, { method: 'DELETE' });
  await row(view, broken, 'failed').locator('[data-testid="download-row-retry"]').click();
  await row(view, broken, 'completed').waitFor({ timeout: 30_000 });
  await row(view, broken, 'completed').locator('[data-testid="download-row-copy"]').click();
  const copiedNote = (await row(view, broken, 'completed').locator('[data-testid="download-row-copied"]').innerText()).trim();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());

  await row(view, slow, 'downloading').locator('[data-testid="download-row-cancel"]').click();
  await row(view, slow, 'cancelled').waitFor({ timeout: 15_000 });
  const slowRetryOffered = (await row(view, slow, 'cancelled').locator('[data-testid="download-row-retry"]').count()) > 0;
  shots.push(...(await sidebarShots(page, view, 'downloads-view-ended')));
  return {
    labelBefore, skippedSummary, skippedRow, runningBytes, runningSpeed, runningEta, afterReloadBytes, failedAfterReload,
    batchAfterReload, clearedStatus: clearFaults.status, copiedNote, clipboard, slowRetryOffered, shots,
  };
});
