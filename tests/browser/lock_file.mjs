// Lock files from the sidebar: "Export lock file" saves the open workflow's models.lock.json (the route's lock, as
// text) with a toast of what was pinned; "Verify a lock file" lists a picked lock's models present / missing /
// wrong; a broken lock file shows the server's sentence inline.
import { readFile } from 'node:fs/promises';
import { openSidebarTab, recordToasts, runScenario, screenshots, toastsSeen } from './lib.mjs';

const prompt = JSON.parse(process.env.PROMPT_JSON);
const lockToVerify = process.env.VERIFY_LOCK_JSON;
const brokenLock = process.env.BROKEN_LOCK_JSON;

async function pickLockFile(view, name, text) {
  await view.locator('[data-testid="lock-file-input"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

await runScenario(async ({ page }) => {
  await page.evaluate(async (api) => window.app.loadApiJson(api, 'lock-file.json'), prompt);
  const view = await openSidebarTab(page);
  await view.locator('[data-testid="view-workflow"]').click();
  await recordToasts(page);

  const answered = page.waitForResponse((response) => response.url().endsWith('/civitai/lock'), { timeout: 30_000 });
  const downloaded = page.waitForEvent('download', { timeout: 30_000 });
  await view.locator('[data-testid="lock-export"]').click();
  const lockAnswer = await (await answered).json();
  const download = await downloaded;
  const savedText = await readFile(await download.path(), 'utf8');
  await page.locator('.p-toast-message, [data-toast-kind]').first().waitFor({ timeout: 10_000 });
  const exportToasts = await toastsSeen(page);

  await pickLockFile(view, 'farm.lock.json', lockToVerify);
  await view.locator('[data-testid="lock-check-summary"]').waitFor({ timeout: 30_000 });
  const rows = await view.locator('[data-testid="lock-model"]').evaluateAll((items) =>
    items.map((item) => ({ state: item.dataset.state, folder: item.dataset.folder, name: item.dataset.name, text: item.innerText })),
  );
  const summary = (await view.locator('[data-testid="lock-check-summary"]').innerText()).trim();
  const realize = (await view.locator('[data-testid="lock-check-realize"]').innerText().catch(() => '')).trim();
  const shots = await screenshots(page, 'lock-file-verified');

  await pickLockFile(view, 'broken.lock.json', brokenLock);
  await view.locator('[data-testid="lock-check-error"]').waitFor({ timeout: 15_000 });
  const brokenError = (await view.locator('[data-testid="lock-check-error"]').innerText()).trim();
  const rowsAfterBroken = await view.locator('[data-testid="lock-model"]').count();

  return {
    savedName: download.suggestedFilename(),
    savedText,
    lockAnswer,
    exportToasts,
    rows,
    summary,
    realize,
    brokenError,
    rowsAfterBroken,
    shots,
  };
});
