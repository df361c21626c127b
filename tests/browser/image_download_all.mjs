// Flow 1: paste an image ID, see its cards, Download All, watch progress, end with every model present.
import { loadImage, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const files = JSON.parse(process.env.EXPECTED_FILES);

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  const shots = await screenshots(page, 'image-cards');
  const before = (await view.locator('[data-testid="missing-count"]').innerText()).trim();
  await view.locator('[data-testid="download-all"]').click();
  await view.locator('[data-testid="resource-card"][data-state="downloading"]').first().waitFor({ timeout: 30_000 });
  const label = (await view.locator('[data-testid="download-all"]').innerText()).trim();
  const disabled = await view.locator('[data-testid="download-all"]').isDisabled();
  shots.push(...(await screenshots(page, 'image-downloading')));
  for (const file of files) await waitForCardState(view, file, 'present', 90_000);
  const after = (await view.locator('[data-testid="missing-count"]').innerText()).trim();
  shots.push(...(await screenshots(page, 'image-all-present')));
  return { before, after, label, disabled, shots };
});
