// Entry point of js/main.js, which ComfyUI imports as an extension.
import { watch } from 'vue'
import { announceGraphLoaded, registerExtension, registerSidebarTab } from './host.ts'
import { createSidebarTab, followDownloadBadge } from './sidebarTab.js'
import { createSettings } from './settings.js'
import { createModelSourceHooks } from './modelSources.js'
import { ensureHealthLoaded, healthState } from './healthStore.js'
import { followDownloads } from './stores/downloadStore.js'
import { followDiskChanges } from './stores/diskStore.js'
import { followWorkflowSwitches } from './stores/missingStore.js'
import { restoreLastView } from './stores/viewStore.js'
import { syncLocale } from './i18n.js'

syncLocale()
const { settings, showKeyStatus } = createSettings()

registerExtension({
  // Users can disable the extension under this name in Settings → Extensions: keep it stable.
  name: 'Civitai.Sidebar',
  settings,
  // "Find model sources" on a node whose model is missing: selection toolbox, node menu, command palette.
  ...createModelSourceHooks(),
  setup() {
    restoreLastView() // after a reload, the view the page showed before
    registerSidebarTab(createSidebarTab())
    // Everything about downloads runs for the page life, not only while the tab is open: a download that
    // ends while the sidebar is closed still refreshes the loaders' lists, counts in the tab's badge, toasts
    // when its batch ends and makes the cards look at the disk again.
    followDownloads()
    followDownloadBadge()
    followDiskChanges()
    // A workflow switch shows "Checking…" at once, never the previous workflow's list.
    followWorkflowSwitches()
    // The key fields in Settings say whether the server holds a key: keep them in step with it.
    watch(() => healthState.health?.keys, showKeyStatus)
    ensureHealthLoaded()
  },
  afterConfigureGraph() {
    announceGraphLoaded() // a workflow was loaded or switched to: "This workflow" re-checks
  },
})
