// Entry point of js/main.js, which ComfyUI imports as an extension.
import { registerExtension, registerSidebarTab } from './host.js'
import { createSidebarTab } from './sidebarTab.js'

registerExtension({
  // Users can disable the extension under this name in Settings → Extensions: keep it stable.
  name: 'Civitai.Sidebar',
  setup() {
    registerSidebarTab(createSidebarTab())
  },
})
