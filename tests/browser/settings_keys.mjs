// A user types an API key into ComfyUI's settings dialog: the server gets it, ComfyUI's settings file never does.
import { openSidebarTab, runScenario, screenshot } from './lib.mjs';

const key = process.env.TYPED_KEY;

await runScenario(async ({ page }) => {
  await openSidebarTab(page);
  await page.keyboard.press('Control+,');
  // The settings dialog: the Civitai category, then the row of the Civitai key.
  await page.getByText('Civitai', { exact: true }).last().click({ timeout: 10_000 }).catch(() => {});
  const field = page.locator('input[id="Civitai.Keys.CivitaiApiKey"]');
  const found = await field.waitFor({ timeout: 10_000 }).then(() => true, () => false);
  if (found) {
    await field.click();
    await field.pressSequentially(key, { delay: 20 });
  } else {
    // A frontend whose dialog layout the selector does not know: type through the same setting API the dialog uses.
    for (let i = 1; i <= key.length; i += 1) {
      await page.evaluate(([id, v]) => window.app.extensionManager.setting.set(id, v), ['Civitai.Keys.CivitaiApiKey', key.slice(0, i)]);
    }
  }
  await page.waitForTimeout(2500);
  const shot = await screenshot(page, 'settings-key-typed');
  const settings = await page.evaluate(async () => (await fetch('/api/settings')).text());
  const health = await page.evaluate(async () => (await fetch('/api/civitai/health')).json());
  return { typedInDialog: found, settings, health, shot };
});
