// The sidebar tab as ComfyUI sees it. The host calls render(el) each time the user opens the tab
// and destroy() each time they switch away, so every render gets a fresh Vue app and every
// destroy unmounts it; lasting state lives in module-level stores (see healthStore.js).
import { createApp } from 'vue'
import SidebarView from './components/SidebarView.vue'
import { installPrimeVue } from './primevue.js'

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
