// A user opens ComfyUI, clicks the Civitai tab in the sidebar, and sees what the backend answered.
import { openSidebarTab, runScenario, screenshot, setPalette } from './lib.mjs';

await runScenario(async ({ page }) => {
  const view = await openSidebarTab(page);
  // The status lives in a collapsed footer: open it as a user would.
  await view.locator('[data-testid="status-footer"] summary').click();
  const health = view.locator('[data-testid="civitai-health"]');
  await health.locator('[data-testid="health-version"]').waitFor({ timeout: 15_000 });
  const text = async (id) => (await health.locator(`[data-testid="${id}"]`).innerText()).trim();
  const observed = {
    title: (await view.locator('.cs-title').textContent()).trim(),
    version: await text('health-version'),
    civitaiUrl: await text('health-civitai-url'),
    hfUrl: await text('health-hf-url'),
    civitaiKey: await text('health-key-civitai'),
    hfKey: await text('health-key-hf'),
  };
  const screenshots = [await screenshot(page, 'sidebar-health-dark')];
  await setPalette(page, 'light');
  screenshots.push(await screenshot(page, 'sidebar-health-light'));
  return { observed, screenshots };
});
