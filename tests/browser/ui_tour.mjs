// The screenshot tour (issue 12 items 4, 5, 6): every view — image, workflow, status — in the dark and light
// palettes, with the sidebar 300 px wide and wide, plus what a person would check by eye, measured: tab labels
// not clipped, the list toolbar on at most two rows, the input and toolbar fixed while the cards scroll, and no
// empty thumbnail box.
import { openSidebarTab, runScenario, setPalette, waitForCardState, artifactsDir } from './lib.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const workflow = JSON.parse(process.env.WORKFLOW_JSON);
const nearFile = process.env.NEAR_FILE;

/** Pin the host's sidebar to `px`: the chain of boxes from our root up to the panel the page lays out (frontends
 * nest it differently), so no outer box clips a wider sidebar. */
async function sidebarWidth(page, px) {
  await page.evaluate((px) => {
    const root = document.querySelector('[data-testid="civitai-sidebar"]');
    const chain = [];
    for (let el = root.parentElement; el && el !== document.body; el = el.parentElement) {
      chain.push(el);
      if (el.classList.contains('p-splitterpanel')) break;
      const parent = el.parentElement?.getBoundingClientRect().width ?? 0;
      if (parent > el.getBoundingClientRect().width + 150) break;
    }
    for (const el of chain) Object.assign(el.style, { flex: `0 0 ${px}px`, flexBasis: `${px}px`, width: `${px}px`, minWidth: `${px}px`, maxWidth: `${px}px` });
  }, px);
  await page.waitForTimeout(300);
}

async function shoot(page, name) {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  const box = await page.locator('[data-testid="civitai-sidebar"]').boundingBox();
  // the sidebar with a margin of the host around it, so its look can be compared with the host's
  const clip = { x: 0, y: 0, width: Math.min(1440, box.x + box.width + 80), height: 900 };
  await page.screenshot({ path, clip });
  return path;
}

/** What a person checks by eye, measured in the sidebar as it is now. */
async function measure(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="civitai-sidebar"]');
    const tabs = [...root.querySelectorAll('[role="tab"]')].map((tab) => ({
      id: tab.dataset.view,
      clipped: tab.scrollWidth > tab.clientWidth + 1 || [...tab.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1),
      inside: tab.getBoundingClientRect().right <= root.getBoundingClientRect().right + 1,
    }));
    const toolbar = root.querySelector('.cs-list-toolbar');
    const button = toolbar?.querySelector('[data-testid="download-all"]');
    const rows = toolbar && button ? Math.round(toolbar.querySelector('.cs-list-actions').getBoundingClientRect().height / button.getBoundingClientRect().height) : 0;
    const toolbarRows = toolbar ? new Set([...toolbar.children].map((child) => Math.round(child.getBoundingClientRect().top))).size : 0;
    const thumb = root.querySelector('.cs-thumb');
    return {
      width: Math.round(root.getBoundingClientRect().width),
      tabs,
      toolbarRows,
      actionRows: rows,
      thumbHeight: thumb ? Math.round(thumb.getBoundingClientRect().height) : null,
      rootScrolls: root.scrollHeight > root.clientHeight + 1,
      // the frame fits the window: the status footer is on screen, not below it
      rootBottom: Math.round(root.getBoundingClientRect().bottom),
      windowHeight: window.innerHeight,
      chain: (() => {
        const out = [];
        for (let el = root.parentElement; el && out.length < 6; el = el.parentElement) {
          const style = getComputedStyle(el);
          out.push(`${el.tagName}.${[...el.classList].slice(0, 4).join('.')} h=${Math.round(el.getBoundingClientRect().height)} ${style.display} ${style.overflowY} ${style.height}`);
        }
        return out;
      })(),
    };
  });
}

/** Scroll the view's list to its end: the input (or workflow bar) and the list toolbar must not move out. */
async function scrollCheck(page) {
  return page.evaluate(async () => {
    const root = document.querySelector('[data-testid="civitai-sidebar"]');
    const scroller = root.querySelector('.cs-scroll');
    const top = root.querySelector('.cs-view-top');
    const toolbar = root.querySelector('.cs-list-toolbar');
    const before = { top: top.getBoundingClientRect().top };
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const scrolled = scroller.scrollTop > 0;
    const after = { top: top.getBoundingClientRect().top };
    const bar = toolbar.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const result = { scrolled, topStill: Math.abs(after.top - before.top) < 1, toolbarVisible: bar.top >= box.top - 1 && bar.bottom <= box.bottom + 1 };
    scroller.scrollTop = 0;
    return result;
  });
}

await runScenario(async ({ page }) => {
  const shots = [];
  const measured = {};
  const view = await openSidebarTab(page);
  await page.evaluate((graph) => window.app.loadGraphData(graph), workflow);

  // the image view: a Civitai image with many LoRAs
  await view.locator('[data-testid="view-image"]').click();
  await view.locator('[data-testid="image-input"]').fill(String(process.env.IMAGE_ID));
  await view.locator('[data-testid="image-load"]').click();
  await view.locator('[data-testid="resource-card"]').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500); // the thumbnail loads or fails
  for (const [label, px] of [['narrow', 300], ['wide', 560]]) {
    await sidebarWidth(page, px);
    measured[`image-${label}`] = { ...(await measure(page)), ...(await scrollCheck(page)) };
    for (const palette of ['dark', 'light']) {
      await setPalette(page, palette);
      shots.push(await shoot(page, `item4-5-image-view-${label}-${palette}`));
    }
    await setPalette(page, 'dark');
  }

  // the workflow view: a near name to decide on, an exact one, an extension-less embedding
  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-refresh"]').click();
  await waitForCardState(view, nearFile, 'confirm', 30_000);
  for (const [label, px] of [['narrow', 300], ['wide', 560]]) {
    await sidebarWidth(page, px);
    measured[`workflow-${label}`] = await measure(page);
    for (const palette of ['dark', 'light']) {
      await setPalette(page, palette);
      shots.push(await shoot(page, `item6-workflow-view-likely-match-${label}-${palette}`));
    }
    await setPalette(page, 'dark');
  }

  // the status footer, opened
  await view.locator('[data-testid="status-footer"] summary').click();
  await view.locator('[data-testid="health-version"]').waitFor({ timeout: 15_000 });
  for (const [label, px] of [['narrow', 300], ['wide', 560]]) {
    await sidebarWidth(page, px);
    measured[`status-${label}`] = await measure(page);
    for (const palette of ['dark', 'light']) {
      await setPalette(page, palette);
      shots.push(await shoot(page, `item4-status-footer-${label}-${palette}`));
    }
    await setPalette(page, 'dark');
  }
  return { measured, shots };
});
