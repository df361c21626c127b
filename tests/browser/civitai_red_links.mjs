// Flow (issue 9, failure 5): a civitai.red image link and a civitai.red model link pasted in the sidebar,
// each giving cards whose Download lands the file.
import { card, loadImage, openSidebarTab, runScenario, screenshots, waitForCardState } from './lib.mjs';

const imageFile = process.env.IMAGE_FILE;
const modelFile = process.env.MODEL_FILE;

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_LINK);
  const shots = await screenshots(page, 'red-image-cards');
  const thumbnail = await view.locator('.cs-thumb').count();
  await card(view, imageFile).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, imageFile, 'present', 60_000);

  await view.locator('[data-testid="image-input"]').fill(process.env.MODEL_LINK);
  await view.locator('[data-testid="image-load"]').click();
  await view.locator('[data-testid="model-summary"]').waitFor({ timeout: 30_000 });
  await waitForCardState(view, modelFile, 'resolved', 30_000);
  const modelName = (await view.locator('[data-testid="model-name"]').innerText()).trim();
  const generateShown = await view.locator('[data-testid="generate-workflow"]').count();
  shots.push(...(await screenshots(page, 'red-model-card')));
  await card(view, modelFile).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, modelFile, 'present', 60_000);
  shots.push(...(await screenshots(page, 'red-model-present')));
  return { thumbnail, modelName, generateShown, shots };
});
