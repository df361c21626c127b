// Flow 6: reload the page while a download runs: the card shows its progress again and completes.
import { card, clearFakeFaults, loadImage, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const file = process.env.SLOW_FILE;

await runScenario(async ({ page }) => {
  let view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await card(view, file).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, file, 'downloading');
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.app?.extensionManager && window.app?.graph, null, { timeout: 60_000 });
  view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await waitForCardState(view, file, ['downloading', 'waiting'], 15_000);
  const shots = await screenshots(page, 'reload-still-downloading');
  await clearFakeFaults();
  await waitForCardState(view, file, 'present', 60_000);
  return { shots };
});
