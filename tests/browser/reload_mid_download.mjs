// Flow 6: reload the page while a download runs. The tab's badge counts it before the sidebar is even
// opened (the tasks are read at start-up), the sidebar comes back with the same image and the card shows the
// running download; a reload on "This workflow" comes back on that view. Then the download completes.
import {
  card, clearFakeFaults, loadImage, openSidebarTab, reloadComfyUI, runScenario, screenshots, tabBadge, waitForCardState, waitForTabBadge,
} from './lib.mjs';

const file = process.env.SLOW_FILE;

await runScenario(async ({ page }) => {
  let view = await openSidebarTab(page);
  await loadImage(view, process.env.IMAGE_ID);
  await card(view, file).locator('[data-testid="card-download"]').click();
  await waitForCardState(view, file, 'downloading');
  await reloadComfyUI(page);
  const badgeBeforeOpening = await waitForTabBadge(page, '1');
  const shots = await screenshots(page, 'reload-badge');
  view = await openSidebarTab(page);
  // No lookup typed again: the image view is restored, with the running task on its card.
  await waitForCardState(view, file, ['downloading', 'waiting'], 30_000);
  const restoredQuery = await view.locator('[data-testid="image-input"]').inputValue();
  shots.push(...(await screenshots(page, 'reload-still-downloading')));

  await view.locator('[data-testid="view-workflow"]').click();
  await view.locator('[data-testid="workflow-view"]').waitFor();
  await reloadComfyUI(page);
  view = await openSidebarTab(page);
  await view.locator('[data-testid="workflow-view"]').waitFor({ timeout: 15_000 });
  const workflowViewRestored = true;
  await view.locator('[data-testid="view-image"]').click();
  await waitForCardState(view, file, ['downloading', 'waiting'], 30_000);

  await clearFakeFaults();
  await waitForCardState(view, file, 'present', 60_000);
  await waitForTabBadge(page, '');
  return { shots, badgeBeforeOpening, restoredQuery, workflowViewRestored, badgeAtEnd: await tabBadge(page) };
});
