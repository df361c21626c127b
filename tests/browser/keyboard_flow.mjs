// Issue 12 item 10: the whole flow from the keyboard alone. Open the tab, Tab to the paste box, type an image id
// and Enter, arrow through the view tabs (roles, aria-selected, aria-controls), Tab to a card's Download and press
// Space, then Download All with Enter; what the aria-live region said along the way is reported.
import { runScenario, screenshots, waitForCardState } from './lib.mjs';

const [first, ...others] = JSON.parse(process.env.EXPECTED_FILES);

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { testid: el?.dataset?.testid ?? '', role: el?.getAttribute('role') ?? '', selected: el?.getAttribute('aria-selected'), controls: el?.getAttribute('aria-controls') };
  });

/** Press `key` until the focused element matches `selector`; returns how many presses it took. */
async function pressUntil(page, key, selector, limit = 80) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
  }
  throw new Error(`${key} never reached ${selector} (now on ${JSON.stringify(await focused(page))})`);
}

await runScenario(async ({ page }) => {
  // Everything the live region says is recorded as it changes.
  await page.evaluate(() => {
    window.__spoken = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="live-region"]')?.textContent?.trim();
      if (text && window.__spoken.at(-1) !== text) window.__spoken.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const button = page.locator('.civitai-sidebar-tab-button, [data-testid="civitai-sidebar-tab-button"]').first();
  await button.waitFor({ state: 'visible', timeout: 30_000 });
  await button.focus();
  await page.keyboard.press('Enter');
  const view = page.locator('[data-testid="civitai-sidebar"]');
  await view.waitFor({ state: 'visible', timeout: 15_000 });

  const tabsToInput = await pressUntil(page, 'Tab', '[data-testid="image-input"]');
  await page.keyboard.type(String(process.env.IMAGE_ID));
  await page.keyboard.press('Enter');
  await view.locator('[data-testid="resource-card"]').first().waitFor({ timeout: 30_000 });

  // back to the selected tab, then the arrows move (and select) along the tablist
  await pressUntil(page, 'Shift+Tab', '[role="tab"][aria-selected="true"]', 10);
  const onImage = await focused(page);
  await page.keyboard.press('ArrowRight');
  await view.locator('[data-testid="workflow-view"]').waitFor({ timeout: 10_000 });
  const onWorkflow = await focused(page);
  const panel = await view.locator('[role="tabpanel"]').evaluate((el) => ({ id: el.id, labelledBy: el.getAttribute('aria-labelledby') }));
  await page.keyboard.press('End'); // the last tab (Downloads)
  await view.locator('[data-testid="downloads-view"]').waitFor({ timeout: 10_000 });
  await page.keyboard.press('ArrowRight'); // wraps around to the first tab
  await view.locator('[data-testid="image-view"]').waitFor({ timeout: 10_000 });
  const wrapped = await focused(page);

  // one file with Space on its card's Download, the rest with Enter on Download All
  const tabsToDownload = await pressUntil(page, 'Tab', `[data-testid="resource-card"][data-filename="${first}"] [data-testid="card-download"]`);
  await page.keyboard.press('Space');
  await waitForCardState(view, first, ['waiting', 'downloading', 'verifying', 'present'], 30_000);
  await pressUntil(page, 'Shift+Tab', '[data-testid="download-all"]', 20);
  await page.keyboard.press('Enter');
  for (const file of [first, ...others]) await waitForCardState(view, file, 'present', 90_000);
  await page.waitForTimeout(300);
  const shots = await screenshots(page, 'item10-keyboard-flow-done');
  const spoken = await page.evaluate(() => window.__spoken);
  return { tabsToInput, tabsToDownload, onImage, onWorkflow, panel, wrapped, spoken, shots };
});
