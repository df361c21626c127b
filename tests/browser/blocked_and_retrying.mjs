// Failure 9 of issue 9 in the real sidebar: a blocked card says why instead of offering Download, Download
// All leaves it out and says so, a retry the engine waits for is shown as it happens, and a failure no retry
// can help (a missing key) offers no Retry.
import { card, loadImage, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const fine = process.env.FINE_FILE;
const early = process.env.EARLY_FILE;
const locked = process.env.LOCKED_FILE;

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await waitForCardState(view, early, 'blocked');
  const blockedText = (await card(view, early).locator('[data-testid="card-blocked"]').innerText()).trim();
  const blockedHasDownload = (await card(view, early).locator('[data-testid="card-download"]').count()) > 0;
  const skippedBefore = (await view.locator('[data-testid="skipped-count"]').innerText()).trim();
  await card(view, early).scrollIntoViewIfNeeded();
  const shots = await screenshots(page, 'card-blocked');

  await view.locator('[data-testid="download-all"]').click();
  const retrying = card(view, fine).locator('[data-testid="card-retrying"]');
  await retrying.waitFor({ timeout: 30_000 });
  const retryingText = (await retrying.innerText()).trim();
  await card(view, fine).scrollIntoViewIfNeeded();
  shots.push(...(await screenshots(page, 'card-retrying')));

  await waitForCardState(view, fine, 'present');
  await waitForCardState(view, locked, 'failed');
  await waitForCardState(view, early, 'blocked');
  const lockedError = (await card(view, locked).locator('[data-testid="card-error"]').innerText()).trim();
  const lockedHasRetry = (await card(view, locked).locator('[data-testid="card-retry"]').count()) > 0;
  const skippedAfter = (await view.locator('[data-testid="skipped-count"]').innerText()).trim();
  await card(view, locked).scrollIntoViewIfNeeded();
  shots.push(...(await screenshots(page, 'card-failed-for-good')));
  return { blockedText, blockedHasDownload, skippedBefore, retryingText, lockedError, lockedHasRetry, skippedAfter, shots };
});
