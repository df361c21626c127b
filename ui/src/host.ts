// The one place that talks to ComfyUI's frontend. Everything else in the sidebar goes through
// these small functions, so the rest of the code (and its tests) never touches `app`/`api`.
//
// Typed against @comfyorg/comfyui-frontend-types, pinned to the oldest frontend we support: when the host's
// API changes shape, `npm run typecheck` (part of `npm run build`) fails here instead of in a user's browser.
// Members that only newer frontends have (toast.success, app.rootGraph...) are declared below as optional
// and feature-detected.
//
// `../../scripts/app.js` and `../../scripts/api.js` are the two shims ComfyUI exempts from its
// "internal module" warning. The built file is served as /extensions/<pack>/main.js, so these
// relative paths resolve to the host's modules (also under a sub-path). They are kept external
// by vite.config.js and replaced by test doubles in vitest.config.js.
import type { ComfyApi, ComfyApp, ComfyExtension, ExtensionManager, SidebarTabExtension } from '@comfyorg/comfyui-frontend-types'
// @ts-expect-error the host's module exists only inside a running ComfyUI; typed as ComfyApp just below
import { app as hostApp } from '../../scripts/app.js'
// @ts-expect-error the host's module exists only inside a running ComfyUI; typed as ComfyApi just below
import { api as hostApi } from '../../scripts/api.js'

type LGraph = NonNullable<ComfyApp['rootGraph']>
type GraphNode = LGraph['nodes'][number]
type Widget = NonNullable<GraphNode['widgets']>[number]
type Canvas = ComfyApp['canvas']
type Json = Record<string, unknown>

/** Toast methods of frontends newer than the pinned types (feature-detected; `add` is the old API). */
type NewerToasts = Partial<Record<NotifyKind, (title: string, options?: { description?: string; duration?: number }) => unknown>>

/** The extension manager as newer frontends have it: the typed one plus optional later members. */
type HostExtensionManager = ExtensionManager & { toast: ExtensionManager['toast'] & NewerToasts }

/** `app` as every supported frontend has it; `graph` is the deprecated name of rootGraph. */
type HostApp = Omit<ComfyApp, 'extensionManager' | 'rootGraph' | 'loadApiJson'> & {
  extensionManager?: HostExtensionManager
  rootGraph?: LGraph
  graph?: LGraph
  /** void on 1.32, a Promise on newer frontends */
  loadApiJson(apiData: Json, fileName: string): void | Promise<void>
}

const app = hostApp as HostApp
const api = hostApi as ComfyApi

/** Register a ComfyUI extension (`{name, setup, ...}`). */
export function registerExtension(definition: ComfyExtension): void {
  app.registerExtension(definition)
}

/** Add a sidebar tab (`{id, title, icon, type: 'custom', render, destroy}`). */
export function registerSidebarTab(tab: SidebarTabExtension): void {
  app.extensionManager?.registerSidebarTab(tab)
}

/**
 * Show `text` (or nothing for null) as the badge of our sidebar tab's button. The host keeps its tabs in
 * its own reactive store, so the badge is changed through the host's copy of the tab: its Vue (not ours)
 * then redraws the button, also while the tab is closed.
 */
export function setSidebarTabBadge(id: string, text: string | null): void {
  const tab = app.extensionManager?.getSidebarTabs?.().find((candidate) => candidate.id === id)
  if (tab) tab.iconBadge = () => text
}

export class HttpError extends Error {
  status: number
  constructor(message: string, status: number) {
    super(message)
    this.status = status
  }
}

type JsonInit = Omit<RequestInit, 'body'> & { body?: BodyInit | Json | unknown[] | null }

/**
 * Call one of the pack's routes (or ComfyUI's own API) and return its JSON answer.
 * `route` is relative to ComfyUI's API root: fetchJson('/civitai/health') hits /api/civitai/health.
 * A plain-object `body` is sent as JSON. A non-2xx answer throws an HttpError carrying the
 * server's `{error}` message (or the HTTP status when the answer has none).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked by their callers
export async function fetchJson(route: string, init: JsonInit = {}): Promise<any> {
  const response = await api.fetchApi(route, withJsonBody(init))
  const payload = await readJson(response)
  if (!response.ok) {
    const serverMessage = typeof payload?.error === 'string' ? payload.error : ''
    throw new HttpError(serverMessage || `HTTP ${response.status} ${response.statusText}`.trim(), response.status)
  }
  return payload
}

function withJsonBody(init: JsonInit): RequestInit {
  const { body } = init
  const isPlainObject = body !== null && typeof body === 'object' && Object.getPrototypeOf(body) === Object.prototype
  if (!isPlainObject && !Array.isArray(body)) return init as RequestInit
  return {
    ...init,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  }
}

async function readJson(response: Response): Promise<{ error?: unknown } | null> {
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
 * The handler receives the event's data. Returns a function that stops listening.
 */
export function onServerEvent<T = unknown>(type: string, handler: (data: T) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<T>).detail)
  // The typed map lists the host's own events only; a pack's events are plain EventTarget events.
  const target = api as unknown as EventTarget
  target.addEventListener(type, listener)
  return () => target.removeEventListener(type, listener)
}

export type NotifyKind = 'success' | 'info' | 'warning' | 'error'

const TOAST_LIFE_MS = 5000
// Long enough to read; the card keeps the whole sentence, so an error need not stay on top of the canvas.
const ERROR_TOAST_LIFE_MS = 12000
// The deprecated toast.add() spells "warning" as "warn".
const LEGACY_SEVERITY = { success: 'success', info: 'info', warning: 'warn', error: 'error' } as const

/**
 * Show a toast. Errors stay 12 s, the rest fade after 5 s. Uses toast.success/info/warning/error on newer
 * frontends, toast.add() on older ones. Returns a function that takes the toast down again (used when a
 * Retry succeeds after a failure toast).
 */
export function notify(kind: NotifyKind, title: string, detail?: string): () => void {
  const toast = app.extensionManager?.toast
  if (!toast) return () => {}
  const life = kind === 'error' ? ERROR_TOAST_LIFE_MS : TOAST_LIFE_MS
  const show = toast[kind]
  if (typeof show === 'function') {
    const id = show.call(toast, title, { description: detail, duration: life })
    const dismiss = (toast as { dismiss?: (id: unknown) => void }).dismiss
    return () => dismiss?.call(toast, id)
  }
  const message = { severity: LEGACY_SEVERITY[kind] ?? 'info', summary: title, detail, life }
  toast.add(message)
  return () => toast.remove(message)
}

/** Read a ComfyUI setting (e.g. 'Comfy.Locale'); undefined when unknown. */
export function getSetting<T = unknown>(id: string): T | undefined {
  return app.extensionManager?.setting?.get(id)
}

/**
 * Change a ComfyUI setting (it is saved in the user's comfy.settings.json). The host calls the
 * setting's migrateDeprecatedValue and onChange synchronously, before its first await.
 */
export function setSetting(id: string, value: unknown): unknown {
  return app.extensionManager?.setting?.set(id, value)
}

/** The graph on the canvas: `app.rootGraph` on current frontends, `app.graph` (deprecated) before. */
function openGraph(): LGraph | null {
  return app.rootGraph ?? app.graph ?? null
}

/** The open workflow as `graph.serialize()` gives it (what /civitai/missing reads), or null. */
export function serializeOpenGraph(): ReturnType<LGraph['serialize']> | null {
  return openGraph()?.serialize?.() ?? null
}

const graphLoadedListeners = new Set<() => void>()

/** Called by the extension's afterConfigureGraph hook: a workflow was loaded or switched to. */
export function announceGraphLoaded(): void {
  for (const listener of graphLoadedListeners) listener()
}

/** Call `handler` on every workflow load or tab switch (not on edits). Returns a function that stops. */
export function onGraphLoaded(handler: () => void): () => void {
  const listener = () => handler()
  graphLoadedListeners.add(listener)
  return () => graphLoadedListeners.delete(listener)
}

/**
 * Call `handler` when the open workflow may have changed: the frontend's `graphChanged` event (its
 * change tracker fires it after edits, frontend 1.32 and later) and every workflow load or tab switch
 * (afterConfigureGraph). Both fire often; callers debounce. Returns a function that stops listening.
 */
export function onGraphChanged(handler: () => void): () => void {
  const listener = () => handler()
  api.addEventListener('graphChanged', listener)
  graphLoadedListeners.add(listener)
  return () => {
    api.removeEventListener('graphChanged', listener)
    graphLoadedListeners.delete(listener)
  }
}

const REFRESH_COMMAND = 'Comfy.RefreshNodeDefinitions'

type Commands = ExtensionManager['command'] | undefined

/** Whether the host's command service can run `id` (hosts that do not list their commands are trusted). */
function hasCommand(command: Commands, id: string): command is ExtensionManager['command'] {
  if (typeof command?.execute !== 'function') return false
  return !Array.isArray(command.commands) || command.commands.some((known) => known?.id === id)
}

/**
 * Let the host see newly downloaded models: the loaders' file lists and, on frontends that check a
 * workflow's models themselves (1.47 and later: the Issues panel, red node outlines, the warning on Run),
 * that check too. The frontend's own "Refresh Node Definitions" command does both there (on 1.32 it
 * refreshes the lists only), so it is used wherever the host has it; else app.refreshComboInNodes().
 */
export async function refreshModelLists(): Promise<void> {
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

// The file names ComfyUI's loaders take (what a model combo's value ends in).
const MODEL_FILE = /\.(safetensors|sft|ckpt|pt|pth|bin|gguf|onnx)$/i

type NodeLike = { widgets?: Widget[] | unknown[] } | null | undefined

function comboOptions(widget: Widget): unknown {
  const values = (widget.options as { values?: unknown } | undefined)?.values
  return typeof values === 'function' ? values() : values
}

/**
 * The model files `node` (a canvas node, or any other selected item) asks for that its own list lacks:
 * combo widgets whose value names a model file and is not among the options. This is the test the
 * frontend's own missing-models check makes (1.47+); done here it also works on older frontends.
 */
export function missingModelNames(node: NodeLike): string[] {
  const names: string[] = []
  for (const widget of (node?.widgets ?? []) as Widget[]) {
    if (widget?.type !== 'combo' || typeof widget.value !== 'string' || !MODEL_FILE.test(widget.value)) continue
    const options = comboOptions(widget)
    if (Array.isArray(options) && !options.includes(widget.value)) names.push(widget.value)
  }
  return names
}

/**
 * "Use this file": set every widget of the open graph (subgraphs included) whose value is the missing model
 * name `from` to `to`, a name the loader lists. Returns how many widgets changed.
 */
export function repointModelWidgets(from: string, to: string): number {
  const graph = openGraph()
  if (!graph) return 0
  let changed = 0
  const subgraphs = (graph as { subgraphs?: Map<string, LGraph> }).subgraphs
  for (const each of [graph, ...(subgraphs?.values?.() ?? [])]) {
    for (const node of graphNodes(each)) {
      for (const widget of (node?.widgets ?? []) as Widget[]) {
        if (widget?.value !== from) continue
        widget.value = to
        ;(widget as { callback?: (value: string, canvas: unknown, node: unknown) => void }).callback?.(to, app.canvas, node)
        changed += 1
      }
    }
  }
  if (changed) {
    ;(graph as { change?: () => void }).change?.()
    redrawCanvas(graph)
  }
  return changed
}

/** The nodes selected on the canvas (what the selection toolbox's commands act on). */
export function selectedNodes(): NodeLike[] {
  const canvas = app.canvas as (Omit<Canvas, 'selectedItems'> & { selectedItems?: Iterable<unknown> }) | undefined
  if (canvas?.selected_nodes) return Object.values(canvas.selected_nodes)
  const items: unknown[] = [...(canvas?.selectedItems ?? [])]
  return items.filter((item) => Array.isArray((item as { widgets?: unknown } | null)?.widgets)) as NodeLike[]
}

/**
 * Open one of our sidebar tabs unless it is open already (`shown`), through the toggle command the host
 * registers for every sidebar tab (`Workspace.ToggleSidebarTab.<id>`, frontend 1.3.9 and later).
 * Returns whether the tab is (now) open.
 */
export async function openSidebarTab(id: string, shown: boolean): Promise<boolean> {
  if (shown) return true
  const command = app.extensionManager?.command
  const toggle = `Workspace.ToggleSidebarTab.${id}`
  if (!hasCommand(command, toggle)) return false
  await command.execute(toggle)
  return true
}

/**
 * Put an API-format workflow on the canvas under the name `filename` (the host records it as that
 * workflow): app.loadApiJson (async on newer frontends, so awaited), then every node at least as large as
 * its content needs, graph.arrange() so that no two nodes overlap, seeds kept "fixed" (the image's seed is
 * the point) and the view fitted to the whole graph.
 * Returns `{loaded, nodeCount}`: loaded is false when the host refused the workflow (older frontends
 * show a "missing node types" dialog and keep the previous graph).
 */
export async function loadApiWorkflow(workflow: Record<string, { class_type: string }>, filename: string) {
  await app.loadApiJson(workflow, filename)
  const graph = openGraph()
  const loaded = Boolean(graph) && Object.entries(workflow).every(([id, node]) => graphHasNode(graph!, id, node.class_type))
  if (!graph || !loaded) return { loaded: false, nodeCount: 0 }
  const nodes = graphNodes(graph)
  for (const node of nodes) fitNodeToContent(node)
  graph.arrange?.()
  keepSeedsFixed(nodes)
  redrawCanvas(graph)
  fitGraphToView(graph).catch(() => {}) // two frames later: the caller need not wait for it (a view left as it was)
  return { loaded: true, nodeCount: nodes.length }
}

function graphNodes(graph: LGraph | null): GraphNode[] {
  return graph?.nodes ?? (graph as { _nodes?: GraphNode[] } | null)?._nodes ?? []
}

function graphHasNode(graph: LGraph, id: string, type: string): boolean {
  const node = graph.getNodeById?.(isNaN(Number(id)) ? id : Number(id))
  return Boolean(node) && node!.type === type
}

function fitNodeToContent(node: GraphNode): void {
  const needed = node.computeSize?.()
  if (!needed) return
  const current = node.size ?? [0, 0]
  const size: [number, number] = [Math.max(needed[0], current[0] ?? 0), Math.max(needed[1], current[1] ?? 0)]
  if (typeof node.setSize === 'function') node.setSize(size)
  else node.size = size
}

/** The seed's "control after generate" of every node: "fixed", so that Run gives the image's seed. */
function keepSeedsFixed(nodes: GraphNode[]): void {
  for (const node of nodes) {
    for (const widget of node.widgets ?? []) {
      if (widget.name === 'control_after_generate') widget.value = 'fixed'
    }
  }
}

// Room for a node's title bar, which sits above node.pos.
const NODE_TITLE_HEIGHT = 30

function nextFrame(): Promise<void> {
  return new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 16)))
}

/**
 * Zoom and pan the canvas so the whole graph is in view. Waits two frames first: the host records a
 * newly loaded workflow (and may restore a saved view) after the load call returns.
 */
async function fitGraphToView(graph: LGraph): Promise<void> {
  await nextFrame()
  await nextFrame()
  const nodes = graphNodes(graph).filter((node) => node.pos && node.size)
  const ds = app.canvas?.ds
  if (!nodes.length || typeof ds?.fitToBounds !== 'function') return
  const left = Math.min(...nodes.map((node) => node.pos[0]))
  const top = Math.min(...nodes.map((node) => node.pos[1] - NODE_TITLE_HEIGHT))
  const right = Math.max(...nodes.map((node) => node.pos[0] + node.size[0]))
  const bottom = Math.max(...nodes.map((node) => node.pos[1] + node.size[1]))
  ds.fitToBounds([left, top, right - left, bottom - top], { zoom: 0.9 })
  redrawCanvas(graph)
}

function redrawCanvas(graph: LGraph): void {
  if (typeof app.canvas?.setDirty === 'function') app.canvas.setDirty(true, true)
  else graph.setDirtyCanvas?.(true, true)
}

/**
 * Load a UI-format workflow (e.g. the graph an image carries) the way opening a file does, under the
 * name `filename`, with the view fitted to it. Returns its node count.
 */
export async function loadGraphWorkflow(workflow: Json, filename?: string): Promise<number> {
  await app.loadGraphData(workflow as Parameters<ComfyApp['loadGraphData']>[0], true, true, filename ?? null)
  const graph = openGraph()
  if (graph) fitGraphToView(graph).catch(() => {})
  return graphNodes(graph).length
}
