// The way from ComfyUI's own missing-models UI into the sidebar. The frontend's Issues panel (1.47+) has no
// place for an extension's action, but its "locate" button selects the node, and a selected node shows the
// selection toolbox, where extensions may add commands; the node's context menu takes extension items too.
// Both offer "Find model sources" on a node whose model file is missing; it opens "This workflow" with
// that node's cards marked.
import { missingModelNames, openSidebarTab, selectedNodes } from './host.ts'
import { isSidebarShown, SIDEBAR_TAB_ID } from './sidebarTab.js'
import { focusModels } from './stores/viewStore.js'
import { t } from './i18n.js'

export const FIND_SOURCES_COMMAND = 'Civitai.FindModelSources'

/** Show the sources of these nodes' missing model files in the sidebar. */
export async function findModelSources(nodes) {
  focusModels(nodes.flatMap(missingModelNames))
  await openSidebarTab(SIDEBAR_TAB_ID, isSidebarShown())
}

/** The parts of the extension definition that put "Find model sources" where a user meets a missing model. */
export function createModelSourceHooks() {
  return {
    commands: [
      {
        id: FIND_SOURCES_COMMAND,
        label: t('commands.findSources'),
        tooltip: t('commands.findSources'),
        icon: 'pi pi-download',
        function: () => findModelSources(selectedNodes()),
      },
    ],
    getSelectionToolboxCommands(item) {
      return missingModelNames(item).length ? [FIND_SOURCES_COMMAND] : []
    },
    getNodeMenuItems(node) {
      if (!missingModelNames(node).length) return []
      return [null, { content: t('commands.findSources'), callback: () => findModelSources([node]) }]
    },
  }
}
