import { afterEach, describe, expect, it, vi } from 'vitest'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, emitServerEvent, resetApi, respondWith } from './doubles/comfyApi.js'
import {
  fetchJson,
  getSetting,
  loadApiWorkflow,
  notify,
  onServerEvent,
  refreshModelLists,
  registerSidebarTab,
  serializeOpenGraph,
  setSetting,
} from '../src/host.ts'
import { createGraphDouble, loadApiJsonInto } from './support/graphDouble.js'

afterEach(() => {
  resetApp()
  resetApi()
})

describe('fetchJson', () => {
  it('returns the JSON answer of a pack route, called through api.fetchApi', async () => {
    respondWith('/civitai/health', { version: '0.1.0' })

    await expect(fetchJson('/civitai/health')).resolves.toEqual({ version: '0.1.0' })
    expect(api.calls.map((call) => call.route)).toEqual(['/civitai/health'])
  })

  it("throws the server's {error} message on a non-2xx answer", async () => {
    respondWith('/civitai/resolve', { error: 'image_id must be a Civitai image ID or URL' }, 400)

    const failure = fetchJson('/civitai/resolve', { method: 'POST', body: { image_id: 'x' } })

    await expect(failure).rejects.toThrow('image_id must be a Civitai image ID or URL')
    await expect(failure).rejects.toMatchObject({ status: 400 })
  })

  it('throws the HTTP status when the error answer is not JSON', async () => {
    await expect(fetchJson('/civitai/nowhere')).rejects.toThrow('HTTP 404 Not Found')
  })

  it('lets a network failure through with its own message', async () => {
    respondWith('/civitai/health', () => Promise.reject(new TypeError('Failed to fetch')))

    await expect(fetchJson('/civitai/health')).rejects.toThrow('Failed to fetch')
  })

  it('sends a plain-object body as JSON', async () => {
    respondWith('/civitai/download', (init) => Response.json({ echoed: JSON.parse(init.body) }))

    const answer = await fetchJson('/civitai/download', { method: 'POST', body: { name: 'a.safetensors' } })

    expect(answer).toEqual({ echoed: { name: 'a.safetensors' } })
    expect(api.calls[0].init.headers).toEqual({ 'Content-Type': 'application/json' })
  })
})

describe('onServerEvent', () => {
  it('hands the event data to the handler until unsubscribed', () => {
    const received = []
    const unsubscribe = onServerEvent('civitai.download.progress', (data) => received.push(data))

    emitServerEvent('civitai.download.progress', { task_id: 't1', progress: 0.5 })
    unsubscribe()
    emitServerEvent('civitai.download.progress', { task_id: 't1', progress: 1 })

    expect(received).toEqual([{ task_id: 't1', progress: 0.5 }])
  })
})

describe('notify', () => {
  it('uses the newer toast.<kind>(title, options) when the host has it', () => {
    const toast = { success: vi.fn(), error: vi.fn(), add: vi.fn() }
    app.extensionManager = { toast }

    notify('success', 'Download finished', 'model.safetensors')
    notify('error', 'Download failed', 'Disk full')

    expect(toast.success).toHaveBeenCalledWith('Download finished', { description: 'model.safetensors', duration: 5000 })
    // errors stay on screen until the user closes them
    expect(toast.error).toHaveBeenCalledWith('Download failed', { description: 'Disk full', duration: 12000 })
    expect(toast.add).not.toHaveBeenCalled()
  })

  it('falls back to the older toast.add() with PrimeVue severities', () => {
    const toast = { add: vi.fn() }
    app.extensionManager = { toast }

    notify('warning', 'Low confidence', 'Check the match first')
    notify('error', 'Download failed', 'Disk full')

    expect(toast.add.mock.calls).toEqual([
      [{ severity: 'warn', summary: 'Low confidence', detail: 'Check the match first', life: 5000 }],
      [{ severity: 'error', summary: 'Download failed', detail: 'Disk full', life: 12000 }],
    ])
  })
})

describe('host access', () => {
  it('registers sidebar tabs and reads settings through the extension manager', () => {
    const registerSidebarTabSpy = vi.fn()
    app.extensionManager = {
      registerSidebarTab: registerSidebarTabSpy,
      setting: { get: (id) => ({ 'Comfy.Locale': 'fr' })[id] },
    }

    registerSidebarTab({ id: 'x', type: 'custom' })

    expect(registerSidebarTabSpy).toHaveBeenCalledWith({ id: 'x', type: 'custom' })
    expect(getSetting('Comfy.Locale')).toBe('fr')
    expect(getSetting('Civitai.Unknown')).toBeUndefined()
  })
})

describe('graph access', () => {
  it('serializes app.rootGraph, else the deprecated app.graph, else says there is none', () => {
    expect(serializeOpenGraph()).toBeNull()
    app.graph = { serialize: () => ({ from: 'graph' }) }
    expect(serializeOpenGraph()).toEqual({ from: 'graph' })
    app.rootGraph = { serialize: () => ({ from: 'rootGraph' }) }
    expect(serializeOpenGraph()).toEqual({ from: 'rootGraph' })
  })

  it('awaits an async loadApiJson before sizing and arranging', async () => {
    const log = []
    const graph = createGraphDouble(log)
    const load = loadApiJsonInto(graph, log)
    app.rootGraph = graph
    app.loadApiJson = (...args) => new Promise((resolve) => setTimeout(() => resolve(load(...args)), 5))

    const result = await loadApiWorkflow({ 7: { class_type: 'KSampler', inputs: {} } }, 'x')

    expect(result).toEqual({ loaded: true, nodeCount: 1 })
    expect(log).toEqual(['loadApiJson', 'setSize 7', 'arrange'])
  })

  it('keeps every seed "fixed" and then fits the whole graph into view', async () => {
    const graph = createGraphDouble()
    app.rootGraph = graph
    app.loadApiJson = vi.fn(async () => {
      graph.nodes = [
        { id: 1, type: 'KSampler', pos: [0, 0], size: [300, 200], widgets: [{ name: 'seed', value: 42 }, { name: 'control_after_generate', value: 'randomize' }] },
        { id: 2, type: 'SaveImage', pos: [900, 400], size: [100, 100], widgets: [] },
      ]
    })
    const fitToBounds = vi.fn()
    app.canvas = { ds: { fitToBounds }, setDirty: vi.fn() }

    await loadApiWorkflow({ 1: { class_type: 'KSampler' }, 2: { class_type: 'SaveImage' } }, 'civitai-7')
    expect(app.loadApiJson).toHaveBeenCalledWith(expect.anything(), 'civitai-7')
    expect(graph.nodes[0].widgets[1].value).toBe('fixed')
    await vi.waitFor(() => expect(fitToBounds).toHaveBeenCalled())
    expect(fitToBounds.mock.calls[0][0]).toEqual([0, -30, 1000, 530]) // every node, with its title bar
  })
})

describe('refreshModelLists', () => {
  it("runs the host's Refresh Node Definitions command, which also re-checks the workflow's models", async () => {
    const execute = vi.fn()
    app.extensionManager = { command: { execute, commands: [{ id: 'Comfy.RefreshNodeDefinitions' }] } }
    app.refreshComboInNodes = vi.fn()

    await refreshModelLists()

    expect(execute).toHaveBeenCalledWith('Comfy.RefreshNodeDefinitions')
    expect(app.refreshComboInNodes).not.toHaveBeenCalled()
  })

  it('redraws the canvas after the command, so cleared red outlines leave the screen', async () => {
    const log = []
    app.extensionManager = { command: { execute: vi.fn(async () => log.push('command')), commands: [{ id: 'Comfy.RefreshNodeDefinitions' }] } }
    app.rootGraph = { nodes: [] }
    app.canvas = { setDirty: vi.fn((...args) => log.push(`setDirty ${args}`)) }

    await refreshModelLists()

    expect(log).toEqual(['command', 'setDirty true,true'])
  })

  it('falls back to app.refreshComboInNodes when the host has no such command or no command service', async () => {
    const execute = vi.fn()
    app.refreshComboInNodes = vi.fn()
    app.extensionManager = { command: { execute, commands: [{ id: 'Comfy.Undo' }] } }
    await refreshModelLists()
    app.extensionManager = {}
    await refreshModelLists()

    expect(execute).not.toHaveBeenCalled()
    expect(app.refreshComboInNodes).toHaveBeenCalledTimes(2)
  })

  it('does nothing (and does not throw) on a host with neither', async () => {
    await expect(refreshModelLists()).resolves.toBeUndefined()
  })
})

describe('setSetting', () => {
  it("writes through the extension manager's setting API", () => {
    const set = vi.fn()
    app.extensionManager = { setting: { set } }
    setSetting('Civitai.Downloads.Concurrency', 3)
    expect(set).toHaveBeenCalledWith('Civitai.Downloads.Concurrency', 3)
  })
})
