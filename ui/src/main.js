// Entry point of js/main.js, which ComfyUI imports as an extension.
import { watch } from 'vue'
import { announceGraphLoaded, registerExtension, registerSidebarTab } from './host.js'
import { createSidebarTab } from './sidebarTab.js'
import { createSettings } from './settings.js'
import { createModelSourceHooks } from './modelSources.js'
import { ensureHealthLoaded, healthState } from './healthStore.js'
import { followDownloads } from './stores/downloadStore.js'
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
    registerSidebarTab(createSidebarTab())
    // A download that ends while the sidebar is closed still tells the host about its file.
    followDownloads()
    // The key fields in Settings say whether the server holds a key: keep them in step with it.
    watch(() => healthState.health?.keys, showKeyStatus)
    ensureHealthLoaded()
  },
  afterConfigureGraph() {
    announceGraphLoaded() // a workflow was loaded or switched to: "This workflow" re-checks
  },
})
