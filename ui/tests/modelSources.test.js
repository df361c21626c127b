// "Find model sources": from a node whose model file is missing (selection toolbox, node menu) into the
// sidebar's "This workflow" view, with that node's cards marked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { app, resetApp } from './doubles/comfyApp.js'
import { resetApi, respondWith } from './doubles/comfyApi.js'
import { missingModelNames, openSidebarTab, selectedNodes } from '../src/host.ts'
import { createModelSourceHooks, FIND_SOURCES_COMMAND } from '../src/modelSources.js'
import { createSidebarTab } from '../src/sidebarTab.js'
import { activeView, modelFocus, showView } from '../src/stores/viewStore.js'

const combo = (value, values) => ({ type: 'combo', name: 'ckpt_name', value, options: { values } })
const loader = (...widgets) => ({ id: 4, type: 'CheckpointLoaderSimple', widgets })
const TOGGLE = 'Workspace.ToggleSidebarTab.civitai-sidebar'

let execute

beforeEach(() => {
  execute = vi.fn()
  app.extensionManager = { command: { execute, commands: [{ id: TOGGLE }, { id: FIND_SOURCES_COMMAND }] } }
  showView('image')
})

afterEach(() => resetApp())

describe('missingModelNames', () => {
  it("names the model files a node's combos ask for that their lists lack, as the frontend's own check does", () => {
    const node = loader(
      combo('gone.safetensors', ['here.safetensors']),
      combo('here.safetensors', ['here.safetensors']),
      { type: 'combo', name: 'lazy', value: 'sd/lazy.ckpt', options: { values: () => ['other.ckpt'] } },
      combo('euler', ['euler_a']), // not a model file
      { type: 'number', name: 'steps', value: 20 },
    )
    expect(missingModelNames(node)).toEqual(['gone.safetensors', 'sd/lazy.ckpt'])
  })

  it('is empty for what is not a node (a group, a reroute) or a node without widgets', () => {
    expect(missingModelNames({ title: 'group' })).toEqual([])
    expect(missingModelNames(null)).toEqual([])
  })
})

describe('selectedNodes', () => {
  it("reads the canvas's selected nodes, on old and new frontends", () => {
    const node = loader()
    app.canvas = { selected_nodes: { 4: node } }
    expect(selectedNodes()).toEqual([node])
    app.canvas = { selectedItems: new Set([node, { title: 'group' }]) }
    expect(selectedNodes()).toEqual([node])
    app.canvas = undefined
    expect(selectedNodes()).toEqual([])
  })
})

describe('openSidebarTab', () => {
  it("opens the tab with the host's toggle command, only when it is closed", async () => {
    await expect(openSidebarTab('civitai-sidebar', true)).resolves.toBe(true)
    expect(execute).not.toHaveBeenCalled()
    await expect(openSidebarTab('civitai-sidebar', false)).resolves.toBe(true)
    expect(execute).toHaveBeenCalledWith(TOGGLE)
  })

  it('says so (and does not throw) when the host has no such command', async () => {
    app.extensionManager = { command: { execute, commands: [] } }
    await expect(openSidebarTab('civitai-sidebar', false)).resolves.toBe(false)
    app.extensionManager = {}
    await expect(openSidebarTab('civitai-sidebar', false)).resolves.toBe(false)
    expect(execute).not.toHaveBeenCalled()
  })
})

describe('the extension hooks', () => {
  const hooks = createModelSourceHooks()
  const missing = loader(combo('gone.safetensors', []))
  const complete = loader(combo('here.safetensors', ['here.safetensors']))

  it('offer the command in the selection toolbox only for a node whose model is missing', () => {
    expect(hooks.commands.map((command) => command.id)).toEqual([FIND_SOURCES_COMMAND])
    expect(hooks.getSelectionToolboxCommands(missing)).toEqual([FIND_SOURCES_COMMAND])
    expect(hooks.getSelectionToolboxCommands(complete)).toEqual([])
    expect(hooks.getNodeMenuItems(complete)).toEqual([])
  })

  it('the command opens "This workflow" with the selected nodes\' files marked', async () => {
    app.canvas = { selected_nodes: { 4: missing } }
    await hooks.commands[0].function()
    expect(activeView.value).toBe('workflow')
    expect(modelFocus.value.names).toEqual(['gone.safetensors'])
    expect(execute).toHaveBeenCalledWith(TOGGLE)
  })

  it('the node menu item does the same for its node, and does not reopen a tab already shown', async () => {
    resetApi()
    respondWith('/civitai/health', { version: '0.1.0', api: {}, keys: {} })
    respondWith('/civitai/downloads', { tasks: [] })
    const tab = createSidebarTab()
    tab.render(document.createElement('div'))
    const [separator, item] = hooks.getNodeMenuItems(missing)
    expect(separator).toBeNull()
    expect(item.content).toBe('Find model sources (Civitai Sidebar)')
    await item.callback()
    expect(modelFocus.value.names).toEqual(['gone.safetensors'])
    expect(execute).not.toHaveBeenCalled()
    tab.destroy()
  })
})
