// The "This workflow" view's state, at module level so it survives the sidebar's re-mounts: what
// /civitai/missing said about the open graph, and a signature of the graph's model-relevant parts so
// that moving a node or panning (which also fire graphChanged) does not ask the server again.
import { reactive, readonly } from 'vue'
import { fetchJson, onGraphChanged, onGraphLoaded, serializeOpenGraph } from '../host.ts'
import { entryFromMissingModel } from '../cards.js'
import { stateStamp } from './downloadStore.js'
import { onPresentFilesGone } from './diskStore.js'

export const RECHECK_DELAY_MS = 1200
/** After a workflow load or tab switch the user waits for the new list: check almost at once. */
export const SWITCH_CHECK_DELAY_MS = 50
/** How many /civitai/sources requests run at once; each card fills in as its own answer arrives. */
export const SOURCE_LOOKUPS_AT_ONCE = 4

const state = reactive({
  loading: false,
  error: '',
  /** the /civitai/missing answer: {models, custom_nodes, notes} */
  result: null,
  /** false when no graph was open at the last check */
  hasGraph: true,
  /** card keys of likely matches the user decided on: true accepted, false turned down ("Not this") */
  confirmed: {},
})

export const missingState = readonly(state)

let latestRequest = 0
let checkedSignature = null
/** Counts workflow loads and tab switches; the list shown belongs to the graph of `checkedGeneration`. */
let graphGeneration = 0
let checkedGeneration = 0

/** null, [] and {} all say "nothing": hosts spell a widget-less node's values differently after a reconfigure. */
function orNull(value) {
  if (value == null || (typeof value === 'object' && Object.keys(value).length === 0)) return null
  return value
}

function nodeEssentials(node) {
  return [node.type, node.mode ?? 0, orNull(node.widgets_values), orNull(node.properties?.models)]
}

/**
 * What decides the answer of /civitai/missing: node types, modes, widget values and
 * properties.models, of the graph and of its subgraph definitions; not positions, sizes or links.
 */
export function modelSignature(graph) {
  if (!graph) return ''
  const subgraphs = graph.definitions?.subgraphs ?? []
  return JSON.stringify([(graph.nodes ?? []).map(nodeEssentials), subgraphs.map((subgraph) => (subgraph.nodes ?? []).map(nodeEssentials))])
}

function referenceKey(reference) {
  return JSON.stringify([reference.name, reference.folder, reference.url ?? null, reference.hash ?? null])
}

/** The sources the shown list has found, by reference (a lookup that ran out of time is asked again). */
function sourcesFound(result) {
  const found = new Map()
  for (const model of result?.models ?? []) {
    if (model.resource && !model.looking && !model.resource.lookup_timed_out) found.set(referenceKey(model.reference), model.resource)
  }
  return found
}

/** Ask the server which models the open graph lacks; skipped when nothing relevant changed. */
export async function checkOpenWorkflow({ force = false } = {}) {
  const graph = serializeOpenGraph()
  const signature = modelSignature(graph)
  const sameGraph = graphGeneration === checkedGeneration
  if (!force && sameGraph && signature === checkedSignature && (state.result || state.loading)) return
  checkedSignature = signature
  checkedGeneration = graphGeneration
  const request = ++latestRequest
  if (!graph) {
    Object.assign(state, { loading: false, error: '', result: null, hasGraph: false })
    return
  }
  // Another workflow's list is never shown while this one is checked; an edit keeps the list until the answer.
  Object.assign(state, { loading: true, error: '', hasGraph: true, ...(sameGraph ? {} : { result: null, confirmed: {} }) })
  // An edit elsewhere (a seed, a prompt) leaves most models as they were: their sources stand. Refresh asks again.
  const known = force || !sameGraph ? new Map() : sourcesFound(state.result)
  try {
    const result = await fetchJson('/civitai/missing', { method: 'POST', body: { workflow: graph } })
    if (request !== latestRequest) return
    const checkedStamp = stateStamp()
    for (const model of result.models ?? []) {
      if (model.status === 'missing' && !model.resource) model.resource = known.get(referenceKey(model.reference)) ?? null
      model.looking = model.status === 'missing' && !model.resource
      model.checkedStamp = checkedStamp
    }
    state.result = result
    fillSources(request)
  } catch (error) {
    if (request !== latestRequest) return
    Object.assign(state, { result: null, error: error.message })
    checkedSignature = null // a failed check is retried on the next change
  } finally {
    if (request === latestRequest) state.loading = false
  }
}

/**
 * Detection answered at once; now ask for a source for each missing model, a few at a time, and fill
 * each card in as its answer arrives. A newer check makes the remaining answers irrelevant.
 */
async function fillSources(request) {
  const waiting = (state.result?.models ?? []).filter((model) => model.looking)
  const lookUp = async () => {
    for (let model = waiting.shift(); model; model = waiting.shift()) {
      if (request !== latestRequest) return
      try {
        const found = await fetchJson('/civitai/sources', { method: 'POST', body: { references: [model.reference] } })
        if (request !== latestRequest) return
        model.resource = found.resources?.[0] ?? null
      } catch (error) {
        if (request !== latestRequest) return
        model.message = error.message
      }
      model.looking = false
    }
  }
  await Promise.all(Array.from({ length: SOURCE_LOOKUPS_AT_ONCE }, lookUp))
}

/**
 * Re-check whenever the open workflow changes (debounced), while the view is shown.
 * Returns the function that stops watching.
 */
export function watchOpenWorkflow(delayMs = RECHECK_DELAY_MS) {
  let timer = null
  let switching = false // a load or tab switch is checked soon, and edits that follow it do not postpone that
  const schedule = (delay) => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      switching = false
      checkOpenWorkflow()
    }, delay)
  }
  const stopChanges = onGraphChanged(() => switching || schedule(delayMs))
  const stopLoads = onGraphLoaded(() => {
    switching = true
    schedule(SWITCH_CHECK_DELAY_MS)
  })
  return () => {
    clearTimeout(timer)
    stopChanges()
    stopLoads()
  }
}

let stopFollowing = null

/**
 * From the extension's setup, for the page life: a workflow load or tab switch makes the list say
 * "Checking…" at once (the previous workflow's cards go; the view's watcher then checks the new graph),
 * and a model the check found present that is gone from the disk makes the open workflow be checked again.
 */
export function followWorkflowSwitches() {
  if (stopFollowing) return
  const stopLoads = onGraphLoaded(() => {
    // The host configures the listed graph again (a reload, a tab with the same models): the list stands.
    if (state.result && modelSignature(serializeOpenGraph()) === checkedSignature) return
    graphGeneration++
    if (state.result) Object.assign(state, { result: null, loading: true, error: '', confirmed: {} })
  })
  const stopGone = onPresentFilesGone((keys) => {
    const present = (state.result?.models ?? []).filter((model) => model.status === 'present').map((model) => entryFromMissingModel(model).key)
    if (present.some((key) => keys.includes(key))) checkOpenWorkflow({ force: true })
  })
  stopFollowing = () => {
    stopLoads()
    stopGone()
  }
}

export function confirmMissingMatch(key) {
  state.confirmed[key] = true
}

/** The user turned a likely match down ("Not this"), or took that back (`rejected` false). */
export function rejectMissingMatch(key, rejected = true) {
  if (rejected) state.confirmed[key] = false
  else delete state.confirmed[key]
}

/** Forget everything (tests start from a fresh page this way). */
export function resetMissingState() {
  latestRequest++
  checkedSignature = null
  graphGeneration = checkedGeneration = 0
  stopFollowing?.()
  stopFollowing = null
  Object.assign(state, { loading: false, error: '', result: null, hasGraph: true, confirmed: {} })
}
