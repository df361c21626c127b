// Every download the page knows about, at module level so it outlives the sidebar's re-mounts.
// Fed by the progress events (followed from the extension's setup, whether the tab is open or not) and by
// GET /civitai/downloads (at setup and on every mount, so a reloaded page, or one that was away, shows the
// truth). Events may arrive out of order with
// that snapshot, so a payload only replaces the state it is newer than (see isNewer).
import { reactive, readonly } from 'vue'
import { fetchJson, notify, onServerEvent, refreshModelLists } from '../host.ts'
import { isPausable, isRunningStatus, taskTargetKey } from '../cards.js'
import { t } from '../i18n.js'
import { announceBatchFinished, announceFileFinished, noteBatchFileFinished, resetDownloadToasts } from './downloadToasts.js'

export const PROGRESS_EVENT = 'civitai.download.progress'
const REFRESH_DELAY_MS = 1000 // several files finishing together refresh the loaders once

const state = reactive({
  /** file tasks by id: the server's payload plus `seq` (the order we first saw them in) */
  files: {},
  /** batch tasks (Download All) by id */
  batches: {},
  /** target key → id of the newest file task for that file */
  latestByTarget: {},
  /** target key → id of the task our own Download click started (the server may rename the file) */
  requestedByTarget: {},
  /** batch id → target keys we asked it for (its items are unknown until its first event) */
  batchTargets: {},
})

export const downloadState = readonly(state)

let seq = 0
let localFailures = 0
let refreshTimer = null
/** files of a running batch arrived and the loaders' lists were not refreshed for them yet */
let listsStale = false

const PHASE = { waiting: 0, downloading: 1, verifying: 2 }
const FINISHED = new Set(['completed', 'failed', 'cancelled'])

/**
 * Whether `incoming` is a later state of the task than `current`. A finished task never changes
 * again; a finish always wins over a running state; running states only move forward, except
 * verifying → downloading with more bytes (a leftover .part is hashed, then the download resumes).
 * Pausing and resuming are the user's back-and-forth: into or out of "paused" is always news, unless it
 * would lose bytes. Within one phase, progress never goes back (bytes, and finished items for a batch).
 */
export function isNewer(incoming, current) {
  if (!current) return true
  if (FINISHED.has(current.status)) return false
  if (FINISHED.has(incoming.status)) return true
  if ((incoming.status === 'paused') !== (current.status === 'paused')) return (incoming.downloaded_bytes ?? 0) >= (current.downloaded_bytes ?? 0)
  const from = PHASE[current.status] ?? 0
  const to = PHASE[incoming.status] ?? 0
  const bytesIn = incoming.downloaded_bytes ?? 0
  const bytesNow = current.downloaded_bytes ?? 0
  if (to !== from) return to > from || (incoming.status === 'downloading' && current.status === 'verifying' && bytesIn > bytesNow)
  const doneIn = incoming.completed_count ?? 0
  const doneNow = current.completed_count ?? 0
  if (doneIn !== doneNow) return doneIn > doneNow
  return bytesIn >= bytesNow
}

/** Apply one payload (an event or a snapshot row). Returns true when it changed the state. */
export function applyProgress(payload) {
  if (!payload?.task_id) return false
  const table = payload.kind === 'batch' ? state.batches : state.files
  const current = table[payload.task_id]
  if (!isNewer(payload, current)) return false
  const settled = FINISHED.has(payload.status) ? ++seq : undefined
  table[payload.task_id] = { ...payload, seq: current?.seq ?? ++seq, settled }
  const justFinished = Boolean(current) && !FINISHED.has(current.status) && FINISHED.has(payload.status)
  if (payload.kind === 'batch') {
    if (justFinished) {
      announceBatchFinished(payload, batchFiles(payload))
      if (listsStale || payload.completed_count) scheduleModelListRefresh()
    }
    return true
  }
  const key = taskTargetKey(payload)
  const latest = state.files[state.latestByTarget[key]]
  if (!latest || latest.seq <= table[payload.task_id].seq) state.latestByTarget[key] = payload.task_id
  if (justFinished) fileFinished(payload, key)
  return true
}

/** A file of ours ended: its toast (its batch's, if it has one), the loaders' lists, the disk re-check. */
function fileFinished(task, key) {
  const inBatch = Boolean(task.batch_id && state.batches[task.batch_id])
  if (inBatch) noteBatchFileFinished(task, key)
  else announceFileFinished(task, key)
  // The host toasts every refresh of its lists ("Node definitions updated"): a batch refreshes them once, at
  // its end, and until then a workflow about to load refreshes them itself (refreshModelListsNow).
  if (task.status === 'completed' && inBatch && isRunningStatus(state.batches[task.batch_id].status)) listsStale = true
  else if (task.status === 'completed') scheduleModelListRefresh()
  for (const listener of finishListeners) listener(task)
}

const finishListeners = new Set()

/** Call `listener(task)` whenever a file task the page watched running ends. Returns the unsubscribe. */
export function onFileFinished(listener) {
  finishListeners.add(listener)
  return () => finishListeners.delete(listener)
}

/** The file tasks of a batch the page knows (its row's Pause and Resume depend on them). */
export function batchFileTasks(batch) {
  return batchFiles(batch).map(({ task }) => task)
}

/** The file tasks of a batch the page knows, with their target keys. */
function batchFiles(batch) {
  return (batch.items ?? [])
    .map((id) => state.files[id])
    .filter(Boolean)
    .map((task) => ({ task, key: taskTargetKey(task) }))
}

/**
 * Where a Download All batch stands, counted from its files' own states (their events are not throttled
 * like the batch's, so the count never lags behind the cards): `{done, failed, running, total}`.
 */
export function batchProgress(batch) {
  const files = batchFiles(batch).map(({ task }) => task)
  const count = (status) => files.filter((task) => task.status === status).length
  return {
    done: Math.max(batch.completed_count ?? 0, count('completed')),
    failed: count('failed'),
    running: files.filter((task) => isRunningStatus(task.status)).length,
    total: batch.total_count ?? files.length,
  }
}

/** How many files are queued or downloading now (the sidebar tab's badge; a paused file is not counted). */
export function activeDownloadCount() {
  return Object.values(state.files).filter((task) => isRunningStatus(task.status) && task.status !== 'paused').length
}

/** The file tasks the page knows, newest first (what a Downloads list shows). */
export function allFileTasks() {
  return Object.values(state.files).sort((a, b) => b.seq - a.seq)
}

/** Refresh the loaders' lists now if a refresh is waiting (a workflow is about to load). */
export async function refreshModelListsNow() {
  if (!refreshTimer && !listsStale) return
  clearTimeout(refreshTimer)
  refreshTimer = null
  listsStale = false
  await Promise.resolve(refreshModelLists()).catch((error) => console.warn('[Civitai Sidebar] refreshing model lists failed', error))
}

function scheduleModelListRefresh() {
  clearTimeout(refreshTimer)
  refreshTimer = setTimeout(() => {
    refreshTimer = null
    listsStale = false
    Promise.resolve(refreshModelLists()).catch((error) => console.warn('[Civitai Sidebar] refreshing model lists failed', error))
  }, REFRESH_DELAY_MS)
}

/**
 * Ask the server for every task it knows. Tasks we saw before the request and the server no longer
 * knows (it restarted) are dropped; anything seen after the request was sent is kept.
 */
export async function loadDownloads() {
  const seenBefore = seq
  const { tasks = [] } = (await fetchJson('/civitai/downloads')) ?? {}
  const known = new Set(tasks.map((task) => task.task_id))
  for (const task of tasks) applyProgress(task)
  for (const table of [state.files, state.batches]) {
    for (const [id, task] of Object.entries(table)) {
      if (!known.has(id) && task.seq <= seenBefore && !FINISHED.has(task.status) && !id.startsWith('local-')) delete table[id]
    }
  }
}

let stopFollowing = null

/**
 * Follow the progress events for the whole page life (the extension's setup calls this), not only while
 * the sidebar is shown: a download that finishes after the user closed the sidebar must still refresh the
 * host's model lists (and with them the frontend's own missing-models check), count in the tab's badge and
 * toast when its batch ends. Also reads every task the server runs (a reloaded page). Idempotent.
 */
export function followDownloads() {
  if (stopFollowing) return
  stopFollowing = onServerEvent(PROGRESS_EVENT, applyProgress)
  loadDownloads().catch((error) => console.warn('[Civitai Sidebar] could not read the downloads', error))
}

/**
 * Follow downloads while a view is shown: listen to the progress events and catch up with the
 * server. Returns the function that stops listening (call it when the view unmounts).
 */
export function trackDownloads() {
  const stop = onServerEvent(PROGRESS_EVENT, applyProgress)
  loadDownloads().catch((error) => console.warn('[Civitai Sidebar] could not read the downloads', error))
  return stop
}

/** A task of ours, shown before the server's first event about it arrives (never over a real one). */
function placeholder(taskId, fields) {
  if (state.files[taskId]) return
  applyProgress({ task_id: taskId, kind: 'file', status: 'waiting', progress: 0, downloaded_bytes: 0, total_bytes: null, error: null, ...fields })
}

/** Download one file. A refusal (bad target, no key...) becomes a failed card with the reason. */
export async function startDownload(key, resource) {
  const fields = { folder: resource.folder, subfolder: resource.subfolder || '', filename: resource.filename || resource.name, path: null }
  try {
    const { task_id: taskId } = await fetchJson('/civitai/download', { method: 'POST', body: { resource } })
    state.requestedByTarget[key] = taskId
    placeholder(taskId, fields)
  } catch (error) {
    const taskId = `local-${++localFailures}`
    state.requestedByTarget[key] = taskId
    applyProgress({ task_id: taskId, kind: 'file', ...fields, status: 'failed', progress: 0, downloaded_bytes: 0, error: error.message })
  }
}

/** Download All: one batch for the given `[{key, resource}]`. */
export async function startDownloadAll(items) {
  try {
    const resources = items.map((item) => item.resource)
    const { task_id: taskId } = await fetchJson('/civitai/download-all', { method: 'POST', body: { resources } })
    state.batchTargets[taskId] = items.map((item) => item.key)
    if (!state.batches[taskId]) applyProgress({ task_id: taskId, kind: 'batch', status: 'waiting', completed_count: 0, total_count: items.length, items: [], downloaded_bytes: 0 })
  } catch (error) {
    notify('error', t('toast.downloadFailed'), error.message)
  }
}

export async function cancelDownload(taskId) {
  try {
    await fetchJson('/civitai/download-cancel', { method: 'POST', body: { task_id: taskId } })
  } catch (error) {
    notify('error', t('toast.downloadFailed'), error.message)
  }
}

export async function cancelAllDownloads() {
  try {
    await fetchJson('/civitai/download-cancel', { method: 'POST', body: { cancel_all: true } })
  } catch (error) {
    notify('error', t('toast.downloadFailed'), error.message)
  }
}

/** Pause a file or a batch (its unfinished files): it keeps its bytes and its place in the queue. */
export async function pauseDownload(taskId) {
  await postDownloadControl('/civitai/download-pause', { task_id: taskId })
}

/** Resume a paused file or batch: it goes on from the bytes it has. */
export async function resumeDownload(taskId) {
  await postDownloadControl('/civitai/download-resume', { task_id: taskId })
}

export async function pauseAllDownloads() {
  await postDownloadControl('/civitai/download-pause', { all: true })
}

export async function resumeAllDownloads() {
  await postDownloadControl('/civitai/download-resume', { all: true })
}

/** The progress events bring the new states; a refusal (the task ended meanwhile) is a toast. */
async function postDownloadControl(route, body) {
  try {
    await fetchJson(route, { method: 'POST', body })
  } catch (error) {
    notify('error', t('toast.downloadFailed'), error.message)
  }
}

/** What Pause all / Resume all would act on: `{pausable, paused}` counts of the file tasks. */
export function pauseCounts() {
  let pausable = 0
  let paused = 0
  for (const task of Object.values(state.files)) {
    if (isPausable(task.status)) pausable += 1
    else if (task.status === 'paused') paused += 1
  }
  return { pausable, paused }
}

/** A stamp later than every task state seen so far: what a fresh look at the disk is compared with. */
export function stateStamp() {
  return ++seq
}

/** The task a card follows: the newest of the one last seen for its file and the one it started. */
export function taskForTarget(key) {
  const candidates = [state.files[state.latestByTarget[key]], state.files[state.requestedByTarget[key]]].filter(Boolean)
  return candidates.sort((a, b) => b.seq - a.seq)[0] ?? null
}

/** The running Download All batch covering any of these files, if one runs. */
export function runningBatchFor(keys) {
  const wanted = new Set(keys)
  const running = Object.values(state.batches).filter((batch) => isRunningStatus(batch.status))
  return (
    running
      .sort((a, b) => b.seq - a.seq)
      .find((batch) => {
        const asked = state.batchTargets[batch.task_id] ?? []
        const items = (batch.items ?? []).map((id) => state.files[id]).filter(Boolean).map(taskTargetKey)
        return [...asked, ...items].some((key) => wanted.has(key))
      }) ?? null
  )
}

/** Whether anything is queued or downloading (Cancel All is offered then). */
export function isAnythingRunning() {
  return Object.values(state.files).some((task) => isRunningStatus(task.status)) || Object.values(state.batches).some((batch) => isRunningStatus(batch.status))
}

/** Forget everything (tests start from a fresh page this way). */
export function resetDownloadState() {
  for (const table of Object.values(state)) for (const key of Object.keys(table)) delete table[key]
  seq = 0
  localFailures = 0
  clearTimeout(refreshTimer)
  refreshTimer = null
  listsStale = false
  resetDownloadToasts()
  finishListeners.clear()
  stopFollowing?.()
  stopFollowing = null
}
