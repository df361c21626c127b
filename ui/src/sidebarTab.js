// The sidebar tab as ComfyUI sees it. The host calls render(el) each time the user opens the tab
// and destroy() each time they switch away, so every render gets a fresh Vue app and every
// destroy unmounts it; lasting state lives in module-level stores (see healthStore.js).
import { createApp, watch } from 'vue'
import SidebarView from './components/SidebarView.vue'
import { installPrimeVue } from './primevue.js'
import { setSidebarTabBadge } from './host.ts'
import { activeDownloadCount } from './stores/downloadStore.js'
import { restoreLastImage } from './stores/imageStore.js'

export const SIDEBAR_TAB_ID = 'civitai-sidebar'

let shown = false // whether the host shows our tab now (between its render and destroy)

/** Whether the sidebar tab is open now. */
export function isSidebarShown() {
  return shown
}

export function createSidebarTab() {
  let shownApp = null // the Vue app currently mounted, if any

  function destroy() {
    shownApp?.unmount() // removes its DOM, watchers and listeners
    shownApp = null
    shown = false
  }

  function render(container) {
    destroy() // never leave an earlier app running if the host renders twice
    restoreLastImage() // the first time after a reload: the image the page showed before
    shownApp = createApp(SidebarView)
    installPrimeVue(shownApp)
    shownApp.mount(container)
    shown = true
  }

  return {
    id: SIDEBAR_TAB_ID,
    icon: 'pi pi-download',
    title: 'Civitai',
    tooltip: 'Civitai Sidebar',
    type: 'custom',
    render,
    destroy,
  }
}

/** The "badge text" of a number of running downloads: none at 0, "99+" past 99. */
export function badgeText(count) {
  if (!count) return null
  return count > 99 ? '99+' : String(count)
}

/**
 * Keep the tab button's badge on the number of downloads queued or running, whether the tab is open or
 * not (the extension's setup calls this after registering the tab). Returns the function that stops.
 */
export function followDownloadBadge() {
  return watch(
    () => badgeText(activeDownloadCount()),
    (text) => setSidebarTabBadge(SIDEBAR_TAB_ID, text),
    { immediate: true },
  )
}
