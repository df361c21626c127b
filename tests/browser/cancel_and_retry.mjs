// Flows 2 and 3: cancel a download mid-way and download again; a failed verification, then Retry.
import { existsSync } from 'node:fs';
import { card, clearFakeFaults, loadImage, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const slow = process.env.SLOW_FILE;
const broken = process.env.BROKEN_FILE;

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await card(view, slow).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, slow, 'downloading');
  await card(view, slow).locator('[data-testid="card-progress"]').waitFor();
  const shots = await screenshots(page, 'card-downloading');
  await card(view, slow).locator('[data-testid="card-cancel"]').click();
  await waitForCardState(view, slow, 'cancelled');
  shots.push(...(await screenshots(page, 'card-cancelled')));
  const part = `${process.env.SLOW_PATH}.part`;
  for (let i = 0; i < 50 && existsSync(part); i += 1) await page.waitForTimeout(100);
  const partGoneAfterCancel = !existsSync(part);
  await card(view, broken).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, broken, 'failed');
  const error = (await card(view, broken).locator('[data-testid="card-error"]').innerText()).trim();
  shots.push(...(await screenshots(page, 'card-failed')));
  await clearFakeFaults();
  await card(view, slow).locator('[data-testid="card-download"]').click();
  await card(view, broken).locator('[data-testid="card-retry"]').click();
  await waitForCardState(view, slow, 'present');
  await waitForCardState(view, broken, 'present');
  shots.push(...(await screenshots(page, 'cards-recovered')));
  return { error, partGoneAfterCancel, shots };
});
