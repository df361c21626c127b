// Issue 16 item 3 in the sidebar: a slow download paused from its row (the row says Paused with the bytes it keeps,
// no speed or time left; neither the server's count nor the .part on disk move), resumed, and finished; then Pause
// all and Resume all over two downloads. Connections per file are set in ComfyUI's settings dialog store first.
import { loadImage, openSidebarTab, runScenario, screenshot, screenshots } from './lib.mjs';
import { statSync } from 'node:fs';

const FIRST = process.env.FIRST_FILE;
const SECOND = process.env.SECOND_FILE;
const PARTS = { [FIRST]: process.env.FIRST_PART, [SECOND]: process.env.SECOND_PART };
const CONNECTIONS = Number(process.env.CONNECTIONS);

const row = (view, filename, status) =>
  view.locator(`[data-testid="download-row"][data-filename="${filename}"]${status ? `[data-status="${status}"]` : ''}`).first();
const text = async (locator) => (await locator.innerText()).trim();

/** What the server says of a file (GET /api/civitai/downloads, as the page asks it). */
async function serverTask(page, filename) {
  const { tasks } = await page.evaluate(() => fetch('/api/civitai/downloads').then((answer) => answer.json()));
  return tasks.find((task) => task.kind === 'file' && task.filename === filename);
}

/** The .part on disk: its size and when it was last written (a preallocated .part keeps its size: mtime tells). */
function part(filename) {
  try {
    const stat = statSync(PARTS[filename]);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}

/** A paused file as the user and the disk see it: its row's bytes, the server's count, the .part. */
async function pausedState(page, view, filename) {
  const bytes = await text(row(view, filename, 'paused').locator('[data-testid="download-row-bytes"]'));
  return { row: bytes, server: (await serverTask(page, filename)).downloaded_bytes, part: part(filename) };
}

/** Paused files now and `ms` later: `{filename: {before, after}}`. */
async function watchPaused(page, view, filenames, ms) {
  const before = await Promise.all(filenames.map((filename) => pausedState(page, view, filename)));
  await page.waitForTimeout(ms);
  const after = await Promise.all(filenames.map((filename) => pausedState(page, view, filename)));
  return Object.fromEntries(filenames.map((filename, index) => [filename, { before: before[index], after: after[index] }]));
}

/** Choose the connections in ComfyUI's settings dialog (Civitai → Downloads), as a user does; true when it could. */
async function chooseConnectionsInDialog(page, count) {
  await page.keyboard.press('Control+,');
  await page.getByText('Civitai', { exact: true }).last().click({ timeout: 10_000 }).catch(() => {});
  const field = page.locator('[id="Civitai.Downloads.Connections"]').first();
  const found = await field.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  let names = '';
  if (found) {
    names = await page.locator('body').innerText();
    await field.click();
    await page.getByRole('option', { name: String(count), exact: true }).click({ timeout: 10_000 });
    await page.waitForTimeout(500);
  }
  const shot = await screenshot(page, 'pause-resume-settings');
  // The field keeps the focus after a choice, and some frontends' selects take the Escape for themselves.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').first().waitFor({ state: 'hidden', timeout: 10_000 });
  return { found, names, shot };
}

await runScenario(async ({ page }) => {
  const setConnections = (value) => page.evaluate((count) => window.app.extensionManager.setting.set('Civitai.Downloads.Connections', count), value);
  try {
    const dialog = await chooseConnectionsInDialog(page, CONNECTIONS);
    const connectionsSetting = await page.evaluate(() => window.app.extensionManager.setting.get('Civitai.Downloads.Connections'));
    if (!dialog.found) await setConnections(CONNECTIONS); // a dialog layout the selector does not know
    const view = await openSidebarTab(page);
    await loadImage(view, process.env.IMAGE_ID);
    await view.locator('[data-testid="download-all"]').click();
    await view.locator('[data-testid="view-downloads"]').click();
    // A long list scrolls between the toolbar and the status footer, neither of them covered by it.
    const layout = await page.evaluate(() => {
      const box = (selector) => document.querySelector(`[data-testid="civitai-sidebar"] ${selector}`).getBoundingClientRect();
      const scroller = document.querySelector('[data-testid="downloads-scroll"]');
      const list = box('[data-testid="downloads-scroll"]');
      return {
        scrolls: scroller.scrollHeight > scroller.clientHeight,
        toolbarAbove: box('.cs-downloads > .cs-list-toolbar').bottom <= list.top + 1,
        footerBelow: list.bottom <= box('[data-testid="status-footer"]').top + 1,
      };
    });

    // One file paused from its row while the other runs on.
    const running = row(view, FIRST, 'downloading');
    await running.locator('[data-testid="download-row-speed"]').waitFor({ timeout: 30_000 });
    const connectionsShown = (await running.locator('[data-testid="download-row-connections"]').count())
      ? await text(running.locator('[data-testid="download-row-connections"]'))
      : '';
    const serverConnections = (await serverTask(page, FIRST)).connections;
    await running.locator('[data-testid="download-row-pause"]').click();
    const paused = row(view, FIRST, 'paused');
    await paused.waitFor({ timeout: 15_000 });
    const pausedStatus = await text(paused.locator('[data-testid="download-row-status"]'));
    const pausedSpeedShown = await paused.locator('[data-testid="download-row-speed"], [data-testid="download-row-eta"]').count();
    const pauseButtonShown = await paused.locator('[data-testid="download-row-pause"]').count();
    await page.waitForTimeout(1000); // bytes in flight when Pause was clicked have landed
    const secondBefore = (await serverTask(page, SECOND)).downloaded_bytes;
    const firstWhilePaused = (await watchPaused(page, view, [FIRST], 3000))[FIRST];
    const secondAfter = (await serverTask(page, SECOND)).downloaded_bytes;
    const pausedShots = await screenshots(page, 'pause-resume-one-paused');

    await paused.locator('[data-testid="download-row-resume"]').click();
    await row(view, FIRST, 'downloading').locator('[data-testid="download-row-speed"]').waitFor({ timeout: 15_000 });
    const bytesAfterResume = (await serverTask(page, FIRST)).downloaded_bytes;

    // Pause all: both rows paused, the Download All row paused with Resume; Resume all: both finish.
    await view.locator('[data-testid="downloads-pause-all"]').click();
    await row(view, FIRST, 'paused').waitFor({ timeout: 15_000 });
    await row(view, SECOND, 'paused').waitFor({ timeout: 15_000 });
    const batch = view.locator('[data-testid="download-batch"]').first();
    await view.locator('[data-testid="download-batch"][data-status="paused"]').first().waitFor({ timeout: 15_000 });
    const batchResumeShown = await batch.locator('[data-testid="download-batch-resume"]').count();
    const summaryAllPaused = await text(view.locator('[data-testid="downloads-summary"]'));
    await page.waitForTimeout(1000);
    const allPaused = await watchPaused(page, view, [FIRST, SECOND], 2000);
    const allShots = await screenshots(page, 'pause-resume-all-paused');
    await view.locator('[data-testid="downloads-resume-all"]').click();
    await row(view, FIRST, 'completed').waitFor({ timeout: 120_000 });
    await row(view, SECOND, 'completed').waitFor({ timeout: 120_000 });
    const batchStatusAtEnd = await view.locator('[data-testid="download-batch"]').first().getAttribute('data-status');
    return {
      layout, chosenInDialog: dialog.found, dialogText: dialog.names, connectionsSetting,
      connectionsShown, serverConnections, pausedStatus, pausedSpeedShown, pauseButtonShown, firstWhilePaused,
      secondBefore, secondAfter, bytesAfterResume, batchResumeShown, summaryAllPaused, allPaused, batchStatusAtEnd,
      shots: [dialog.shot, ...pausedShots, ...allShots],
    };
  } finally {
    await setConnections(0);
  }
});
