// The one place that talks to ComfyUI's frontend. Everything else in the sidebar goes through
// these small functions, so the rest of the code (and its tests) never touches `app`/`api`.
//
// `../../scripts/app.js` and `../../scripts/api.js` are the two shims ComfyUI exempts from its
// "internal module" warning. The built file is served as /extensions/<pack>/main.js, so these
// relative paths resolve to the host's modules (also under a sub-path). They are kept external
// by vite.config.js and replaced by test doubles in vitest.config.js.
import { app } from '../../scripts/app.js'
import { api } from '../../scripts/api.js'

/** Register a ComfyUI extension (`{name, setup, ...}`). */
export function registerExtension(definition) {
  app.registerExtension(definition)
}

/** Add a sidebar tab (`{id, title, icon, type: 'custom', render, destroy}`). */
export function registerSidebarTab(tab) {
  app.extensionManager.registerSidebarTab(tab)
}

/**
 * Call one of the pack's routes and return its JSON answer.
 * `route` is relative to ComfyUI's API root: fetchJson('/civitai/health') hits /api/civitai/health.
 * A plain-object `body` is sent as JSON. A non-2xx answer throws an Error carrying the
 * server's `{error}` message (or the HTTP status when the answer has none).
 */
export async function fetchJson(route, init = {}) {
  const response = await api.fetchApi(route, withJsonBody(init))
  const payload = await readJson(response)
  if (!response.ok) {
    const serverMessage = typeof payload?.error === 'string' ? payload.error : ''
    const error = new Error(serverMessage || `HTTP ${response.status} ${response.statusText}`.trim())
    error.status = response.status
    throw error
  }
  return payload
}

function withJsonBody(init) {
  const { body } = init
  const isPlainObject = body !== null && typeof body === 'object' && Object.getPrototypeOf(body) === Object.prototype
  if (!isPlainObject && !Array.isArray(body)) return init
  return {
    ...init,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...init.headers },
  }
}

async function readJson(response) {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    if (response.ok) throw new Error(`Expected JSON from the server, got: ${text.slice(0, 80)}`)
    return null // an error page (e.g. aiohttp's plain-text 404): report the status instead
  }
}

/**
 * Listen to a server push event (sent with PromptServer.send_sync(type, data)).
 * The handler receives the event's data. Returns a function that stops listening;
 * call it when the view that listens goes away.
 */
export function onServerEvent(type, handler) {
  const listener = (event) => handler(event.detail)
  api.addEventListener(type, listener)
  return () => api.removeEventListener(type, listener)
}

const TOAST_LIFE_MS = 5000
// Long enough to read; the card keeps the whole sentence, so an error need not stay on top of the canvas.
const ERROR_TOAST_LIFE_MS = 12000
// The deprecated toast.add() spells "warning" as "warn".
const LEGACY_SEVERITY = { success: 'success', info: 'info', warning: 'warn', error: 'error' }

/**
 * Show a toast. `kind` is 'success' | 'info' | 'warning' | 'error'.
 * Errors stay until closed (the user may need to act on them); the rest fade after 5 s.
 * Uses toast.success/info/warning/error on newer frontends, toast.add() on older ones.
 */
export function notify(kind, title, detail) {
  const toast = app.extensionManager?.toast
  if (!toast) return
  const life = kind === 'error' ? ERROR_TOAST_LIFE_MS : TOAST_LIFE_MS
  if (typeof toast[kind] === 'function') {
    toast[kind](title, { description: detail, duration: life })
  } else {
    toast.add({ severity: LEGACY_SEVERITY[kind] ?? 'info', summary: title, detail, life })
  }
}

/** Read a ComfyUI setting (e.g. 'Comfy.Locale'); undefined when unknown. */
export function getSetting(id) {
  return app.extensionManager?.setting?.get(id)
}

/**
 * Change a ComfyUI setting (it is saved in the user's comfy.settings.json). The host calls the
 * setting's migrateDeprecatedValue and onChange synchronously, before its first await.
 */
export function setSetting(id, value) {
  return app.extensionManager?.setting?.set(id, value)
}

/** The graph on the canvas: `app.rootGraph` on current frontends, `app.graph` (deprecated) before. */
function openGraph() {
  return app.rootGraph ?? app.graph ?? null
}

/** The open workflow as `graph.serialize()` gives it (what /civitai/missing reads), or null. */
export function serializeOpenGraph() {
  return openGraph()?.serialize?.() ?? null
}

const graphLoadedListeners = new Set()

/** Called by the extension's afterConfigureGraph hook: a workflow was loaded or switched to. */
export function announceGraphLoaded() {
  for (const listener of graphLoadedListeners) listener()
}

/**
 * Call `handler` when the open workflow may have changed: the frontend's `graphChanged` event (its
 * change tracker fires it after edits, frontend 1.32 and later) and every workflow load or tab switch
 * (afterConfigureGraph). Both fire often; callers debounce. Returns a function that stops listening.
 */
export function onGraphChanged(handler) {
  const listener = () => handler()
  api.addEventListener('graphChanged', listener)
  graphLoadedListeners.add(listener)
  return () => {
    api.removeEventListener('graphChanged', listener)
    graphLoadedListeners.delete(listener)
  }
}

const REFRESH_COMMAND = 'Comfy.RefreshNodeDefinitions'

/**
 * Let the host see newly downloaded models: the loaders' file lists and, on frontends that check a
 * workflow's models themselves (1.47 and later: the Issues panel, red node outlines, the warning on Run),
 * that check too. The frontend's own "Refresh Node Definitions" command does both there (on 1.32 it
 * refreshes the lists only), so it is used wherever the host has it; else app.refreshComboInNodes().
 */
export async function refreshModelLists() {
  const command = app.extensionManager?.command
  if (hasCommand(command, REFRESH_COMMAND)) {
    await command.execute(REFRESH_COMMAND)
    // The frontend takes the red outlines off the nodes (after its own watchers run) but does not redraw
    // an idle canvas: without this the outlines stay on screen until the mouse moves over it.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const graph = openGraph()
    if (graph) redrawCanvas(graph)
    return
  }
  if (typeof app.refreshComboInNodes === 'function') return app.refreshComboInNodes()
}

/** Whether the host's command service can run `id` (hosts that do not list their commands are trusted). */
function hasCommand(command, id) {
  if (typeof command?.execute !== 'function') return false
  return !Array.isArray(command.commands) || command.commands.some((known) => known?.id === id)
}

// The file names ComfyUI's loaders take (what a model combo's value ends in).
const MODEL_FILE = /\.(safetensors|sft|ckpt|pt|pth|bin|gguf|onnx)$/i

/**
 * The model files `node` (a canvas node, or any other selected item) asks for that its own list lacks:
 * combo widgets whose value names a model file and is not among the options. This is the test the
 * frontend's own missing-models check makes (1.47+); done here it also works on older frontends.
 */
export function missingModelNames(node) {
  const names = []
  for (const widget of node?.widgets ?? []) {
    if (widget?.type !== 'combo' || typeof widget.value !== 'string' || !MODEL_FILE.test(widget.value)) continue
    const options = typeof widget.options?.values === 'function' ? widget.options.values() : widget.options?.values
    if (Array.isArray(options) && !options.includes(widget.value)) names.push(widget.value)
  }
  return names
}

/**
 * "Use this file": set every widget of the open graph (subgraphs included) whose value is the missing model
 * name `from` to `to`, a name the loader lists. Returns how many widgets changed.
 */
export function repointModelWidgets(from, to) {
  const graph = openGraph()
  if (!graph) return 0
  let changed = 0
  const graphs = [graph, ...(graph.subgraphs?.values?.() ?? [])]
  for (const each of graphs) {
    for (const node of graphNodes(each)) {
      for (const widget of node?.widgets ?? []) {
        if (widget?.value !== from) continue
        widget.value = to
        widget.callback?.(to, app.canvas, node)
        changed += 1
      }
    }
  }
  if (changed) {
    graph.change?.()
    redrawCanvas(graph)
  }
  return changed
}

/** The nodes selected on the canvas (what the selection toolbox's commands act on). */
export function selectedNodes() {
  const canvas = app.canvas
  if (canvas?.selected_nodes) return Object.values(canvas.selected_nodes)
  return [...(canvas?.selectedItems ?? [])].filter((item) => Array.isArray(item?.widgets))
}

/**
 * Open one of our sidebar tabs unless it is open already (`shown`), through the toggle command the host
 * registers for every sidebar tab (`Workspace.ToggleSidebarTab.<id>`, frontend 1.3.9 and later).
 * Returns whether the tab is (now) open.
 */
export async function openSidebarTab(id, shown) {
  if (shown) return true
  const command = app.extensionManager?.command
  const toggle = `Workspace.ToggleSidebarTab.${id}`
  if (!hasCommand(command, toggle)) return false
  await command.execute(toggle)
  return true
}

/**
 * Put an API-format workflow on the canvas: app.loadApiJson (async on newer frontends, so awaited),
 * then every node at least as large as its content needs (widgets were filled after the node was
 * sized) and graph.arrange() so that no two nodes overlap.
 * Returns `{loaded, nodeCount}`: loaded is false when the host refused the workflow (older frontends
 * show a "missing node types" dialog and keep the previous graph).
 */
export async function loadApiWorkflow(workflow, filename) {
  await app.loadApiJson(workflow, filename)
  const graph = openGraph()
  const loaded = Boolean(graph) && Object.entries(workflow).every(([id, node]) => graphHasNode(graph, id, node.class_type))
  if (!loaded) return { loaded: false, nodeCount: 0 }
  const nodes = graphNodes(graph)
  for (const node of nodes) fitNodeToContent(node)
  graph.arrange?.()
  redrawCanvas(graph)
  return { loaded: true, nodeCount: nodes.length }
}

function graphNodes(graph) {
  return graph?.nodes ?? graph?._nodes ?? []
}

function graphHasNode(graph, id, type) {
  const node = graph.getNodeById?.(isNaN(Number(id)) ? id : Number(id))
  return Boolean(node) && node.type === type
}

function fitNodeToContent(node) {
  const needed = node.computeSize?.()
  if (!needed) return
  const current = node.size ?? [0, 0]
  const size = [Math.max(needed[0], current[0] ?? 0), Math.max(needed[1], current[1] ?? 0)]
  if (typeof node.setSize === 'function') node.setSize(size)
  else node.size = size
}

function redrawCanvas(graph) {
  if (typeof app.canvas?.setDirty === 'function') app.canvas.setDirty(true, true)
  else graph.setDirtyCanvas?.(true, true)
}

/** Load a UI-format workflow (e.g. the graph an image carries) the way opening a file does. */
export async function loadGraphWorkflow(workflow) {
  await app.loadGraphData(workflow)
  return graphNodes(openGraph()).length
}
