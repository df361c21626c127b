// The browser half of the rig: Debian's Chromium driven by playwright-core (no browser download).
// Scenarios open the ComfyUI that pytest started, act like a user, save screenshots, and print one
// JSON line of what they observed; the pytest side asserts on it.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(new URL('../../ui/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const comfyUrl = process.env.COMFYUI_URL;
export const artifactsDir = process.env.ARTIFACTS_DIR ?? 'test-artifacts';

export async function openComfyUI({ width = 1440, height = 900 } = {}) {
  if (!comfyUrl) throw new Error('COMFYUI_URL is not set');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const page = await browser.newPage({ viewport: { width, height } });
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  await page.goto(comfyUrl, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.app?.extensionManager && window.app?.graph, null, { timeout: 60_000 });
  return { browser, page, consoleErrors };
}

export async function openSidebarTab(page) {
  // Frontend 1.32 marks the button with a class, newer ones with a data-testid.
  const button = page.locator('.civitai-sidebar-tab-button, [data-testid="civitai-sidebar-tab-button"]').first();
  await button.waitFor({ state: 'visible', timeout: 30_000 });
  await button.click();
  const view = page.locator('[data-testid="civitai-sidebar"]');
  await view.waitFor({ state: 'visible', timeout: 15_000 });
  return view;
}

export async function setPalette(page, palette) {
  await page.evaluate((id) => window.app.extensionManager.setting.set('Comfy.ColorPalette', id), palette);
  await page.waitForTimeout(300);
}

export async function screenshot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export function report(result) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// Runs a scenario, always closing the browser, and exits non-zero with the error when it throws.
export async function runScenario(scenario) {
  let session;
  try {
    session = await openComfyUI();
    const result = await scenario(session);
    report({ ok: true, consoleErrors: session.consoleErrors, ...result });
  } catch (error) {
    if (session?.page) await screenshot(session.page, 'failure').catch(() => {});
    report({ ok: false, error: String(error?.stack ?? error), consoleErrors: session?.consoleErrors ?? [] });
    process.exitCode = 1;
  } finally {
    await session?.browser.close();
  }
}

// The fake Civitai's control endpoints, for scenarios that fix a fault mid-flow (e.g. before Retry).
export async function clearFakeFaults() {
  const base = process.env.FAKE_CIVITAI_URL;
  if (!base) throw new Error('FAKE_CIVITAI_URL is not set');
  const answer = await fetch(`${base}/__fake__/faults`, { method: 'DELETE' });
  if (!answer.ok) throw new Error(`could not clear the fake's faults: ${answer.status}`);
}

export function card(view, filename) {
  return view.locator(`[data-testid="resource-card"][data-filename="${filename}"]`);
}

export async function waitForCardState(view, filename, states, timeout = 60_000) {
  const wanted = Array.isArray(states) ? states : [states];
  const selector = wanted.map((s) => `[data-testid="resource-card"][data-filename="${filename}"][data-state="${s}"]`).join(', ');
  await view.locator(selector).first().waitFor({ timeout });
}

export async function loadImage(view, imageId) {
  await view.locator('[data-testid="view-image"]').click();
  await view.locator('[data-testid="image-input"]').fill(String(imageId));
  await view.locator('[data-testid="image-load"]').click();
  await view.locator('[data-testid="resource-card"]').first().waitFor({ timeout: 30_000 });
}

// Both palettes of the same moment, for a person to look at.
export async function screenshots(page, name) {
  const paths = [await screenshot(page, `${name}-dark`)];
  await setPalette(page, 'light');
  paths.push(await screenshot(page, `${name}-light`));
  await setPalette(page, 'dark');
  return paths;
}

// The badge on our sidebar tab's button (the number of running downloads): '' when none is shown.
// Frontend 1.32 draws it as a PrimeVue OverlayBadge (.p-badge), newer ones as .sidebar-icon-badge.
export async function tabBadge(page) {
  const badge = page
    .locator('.civitai-sidebar-tab-button, [data-testid="civitai-sidebar-tab-button"]')
    .first()
    .locator('.p-badge, .sidebar-icon-badge');
  const texts = await badge.evaluateAll((nodes) => nodes.map((node) => node.textContent.trim())); // no waiting: it may go
  return texts[0] ?? '';
}

export async function waitForTabBadge(page, wanted, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let seen = await tabBadge(page);
  while (seen !== wanted && Date.now() < deadline) {
    await page.waitForTimeout(200);
    seen = await tabBadge(page);
  }
  if (seen !== wanted) throw new Error(`the tab's badge shows "${seen}", expected "${wanted}"`);
  return seen;
}

// Reload the page and wait until ComfyUI (and our extension) is up again.
export async function reloadComfyUI(page) {
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.app?.extensionManager && window.app?.graph, null, { timeout: 60_000 });
}

// Close the sidebar (our tab is open): clicking its button again hides it, as a user does.
export async function closeSidebarTab(page) {
  await page.locator('.civitai-sidebar-tab-button, [data-testid="civitai-sidebar-tab-button"]').first().click();
  await page.locator('[data-testid="civitai-sidebar"]').waitFor({ state: 'detached', timeout: 15_000 });
}

// Toasts: PrimeVue's on frontends up to ~1.5x, the host's own (reka-ui, data-toast-kind) on newer ones.
export const TOAST_SELECTOR = '.p-toast-message, [data-toast-kind]';

// Start recording every toast that appears from now on (its text is read when asked, so late-filled
// toasts count with their text): window.__toastsSeen.
export async function recordToasts(page) {
  await page.evaluate((selector) => {
    window.__toastNodes = [];
    const seen = new Set();
    const observer = new MutationObserver(() => {
      for (const node of document.querySelectorAll(selector)) {
        if (!seen.has(node)) {
          seen.add(node);
          window.__toastNodes.push(node);
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, TOAST_SELECTOR);
}

export async function toastsSeen(page) {
  return page.evaluate(() => (window.__toastNodes ?? []).map((node) => node.textContent.replace(/\s+/g, ' ').trim()));
}
