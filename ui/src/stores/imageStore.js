// The "From a Civitai image" view's state, at module level so it survives the sidebar's re-mounts:
// what the user pasted, what /civitai/resolve answered, which likely matches they accepted, and the
// outcome of the last Generate.
import { reactive, readonly } from 'vue'
import { fetchJson, loadApiWorkflow, loadGraphWorkflow } from '../host.ts'
import { refreshModelListsNow, stateStamp } from './downloadStore.js'
import { t } from '../i18n.js'
import { recallLastView, rememberLastView } from './sessionMemory.js'

const state = reactive({
  query: '',
  loading: false,
  error: '',
  /** the /civitai/resolve answer */
  result: null,
  /** when that answer arrived, on the download store's clock: a download that ended earlier is old news */
  checkedStamp: 0,
  /** card keys of likely matches the user decided on: true accepted ("Use this"), false turned down ("Not this") */
  confirmed: {},
  generating: false,
  generateError: '',
  /** the status line after a load: {text, warnings} */
  generated: null,
})

export const imageState = readonly(state)

let latestRequest = 0

export function setQuery(text) {
  state.query = text
}

/** Resolve the pasted image ID or link; a newer Load wins over an older one still in flight. */
export async function loadImage(query = state.query) {
  const imageId = String(query ?? '').trim()
  if (!imageId) return
  const request = ++latestRequest
  Object.assign(state, { loading: true, error: '', generateError: '', generated: null })
  try {
    const result = await fetchJson('/civitai/resolve', { method: 'POST', body: { image_id: imageId } })
    if (request !== latestRequest) return
    Object.assign(state, { result, checkedStamp: stateStamp(), confirmed: {} })
    rememberLastView({ imageQuery: imageId })
  } catch (error) {
    if (request !== latestRequest) return
    Object.assign(state, { result: null, error: error.message })
  } finally {
    if (request === latestRequest) state.loading = false
  }
}

let restored = false

/**
 * Look up again the image the page showed before a reload (once per page, when the sidebar first
 * opens): the user comes back to the same cards, now with the downloads that kept running.
 */
export function restoreLastImage() {
  const { imageQuery } = recallLastView()
  if (restored || state.result || state.loading || typeof imageQuery !== 'string' || !imageQuery) return
  restored = true
  state.query = imageQuery
  return loadImage(imageQuery)
}

/** The user accepted a likely (name-only) match: Download is offered from now on. */
export function confirmMatch(key) {
  state.confirmed[key] = true
}

/** The user turned a likely match down ("Not this"), or took that back (`rejected` false). */
export function rejectMatch(key, rejected = true) {
  if (rejected) state.confirmed[key] = false
  else delete state.confirmed[key]
}

/** Whether Generate has what it needs: an image whose generation parameters were read. */
export function canGenerate() {
  return Boolean(state.result?.metadata && state.result.meta_available !== false) && !state.generating
}

async function whileGenerating(work) {
  Object.assign(state, { generating: true, generateError: '', generated: null })
  try {
    // A file that just finished must be in the loaders' lists before the workflow loads, or the
    // host flags its loader as missing a model.
    await refreshModelListsNow()
    state.generated = await work()
  } catch (error) {
    state.generateError = error.message
  } finally {
    state.generating = false
  }
}

/** Build a workflow from the image's parameters and resources, and put it on the canvas. */
export function generateWorkflow() {
  const { metadata, resources, image } = state.result
  return whileGenerating(async () => {
    const built = await fetchJson('/civitai/generate', { method: 'POST', body: { metadata, resources } })
    const { loaded, nodeCount } = await loadApiWorkflow(built.workflow, workflowName(image))
    if (!loaded) throw new Error(t('generate.notLoaded'))
    return {
      text: t('generate.loaded', { count: nodeCount || built.node_count, type: built.workflow_type }),
      warnings: built.warnings ?? [],
    }
  })
}

/** The name a workflow from this image gets in ComfyUI's workflow tabs: `civitai-<image id>`. */
function workflowName(image = state.result?.image) {
  return `civitai-${image?.id ?? 'image'}`
}

/** The ComfyUI graph the image carries: its UI workflow, else its API prompt. */
export function ownWorkflow() {
  const comfy = state.result?.comfy_workflow
  if (comfy?.workflow) return { format: 'ui', workflow: comfy.workflow }
  if (comfy?.prompt) return { format: 'api', workflow: comfy.prompt }
  return null
}

export function loadOwnWorkflow() {
  const own = ownWorkflow()
  if (!own) return
  return whileGenerating(async () => {
    // Under the same name as a generated one: the workflow is the image's, whoever built it.
    const name = workflowName()
    if (own.format === 'ui') return { text: t('generate.ownLoaded', { count: await loadGraphWorkflow(own.workflow, name) }), warnings: [] }
    const { loaded, nodeCount } = await loadApiWorkflow(own.workflow, name)
    if (!loaded) throw new Error(t('generate.notLoaded'))
    return { text: t('generate.ownLoaded', { count: nodeCount }), warnings: [] }
  })
}

/** Forget everything (tests start from a fresh page this way). */
export function resetImageState() {
  latestRequest++
  restored = false
  Object.assign(state, { query: '', loading: false, error: '', result: null, confirmed: {}, generating: false, generateError: '', generated: null })
}
