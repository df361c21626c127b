// What the Downloads view lists, as plain data: every task the server keeps (GET /civitai/downloads plus the
// progress events), the running ones first, then the ended ones newest first. Pure, so it is tested alone.
import { canRetry, isRunningStatus, taskTargetKey } from './cards.js'

/** Rows drawn at once: the server may keep 5,000 queued tasks, which no one reads one by one. */
export const MAX_FILE_ROWS = 200
export const MAX_BATCH_ROWS = 20

const PHASE_ORDER = { downloading: 0, verifying: 1, waiting: 2 }

function byRecency(a, b) {
  return (b.settled ?? b.seq ?? 0) - (a.settled ?? a.seq ?? 0)
}

function byPhaseThenAge(a, b) {
  return (PHASE_ORDER[a.status] ?? 3) - (PHASE_ORDER[b.status] ?? 3) || (a.seq ?? 0) - (b.seq ?? 0)
}

/** Running first (downloading, verifying, then the queue in its order), then ended ones, newest first. */
function ordered(tasks, limit) {
  const running = tasks.filter((task) => isRunningStatus(task.status)).sort(byPhaseThenAge)
  const ended = tasks.filter((task) => !isRunningStatus(task.status)).sort(byRecency)
  const all = [...running, ...ended]
  return { rows: all.slice(0, limit), hidden: Math.max(0, all.length - limit) }
}

/**
 * File tasks the server knows (a refusal the page made up locally has nothing to retry or copy), one per file:
 * an attempt that a later one for the same file replaced (a Retry, a Download again) is history, not a row.
 * `latestByTarget`: the download store's target key → newest task id.
 */
export function fileRows(files, latestByTarget = {}, limit = MAX_FILE_ROWS) {
  const current = Object.values(files).filter((task) => {
    if (String(task.task_id).startsWith('local-')) return false
    const latest = latestByTarget[taskTargetKey(task)]
    return !latest || latest === task.task_id || !files[latest]
  })
  return ordered(current, limit)
}

export function batchRows(batches, limit = MAX_BATCH_ROWS) {
  return ordered(Object.values(batches), limit)
}

/** How many files are queued or running, and their summed speed (the view's header). */
export function activity(files) {
  let running = 0
  let speed = 0
  for (const task of Object.values(files)) {
    if (!isRunningStatus(task.status)) continue
    running += 1
    if (task.status === 'downloading') speed += Number(task.speed) || 0
  }
  return { running, speed }
}

/** Where the file lands, as ComfyUI names it (model folder / subfolder / name): what "copy path" copies. */
export function taskLocation(task) {
  if (task.location) return task.location
  const name = task.path || [task.subfolder, task.filename].filter(Boolean).join('/')
  return name ? `${task.folder}/${name}` : ''
}

/** The buttons a file row offers. `keys`: the backend's `{civitai, huggingface}` key state. */
export function fileActions(task, keys = {}) {
  return {
    cancel: isRunningStatus(task.status),
    retry: task.status === 'cancelled' || canRetry(task, keys),
    copy: Boolean(taskLocation(task)),
  }
}

/** The buttons a Download All row offers: Cancel while it runs, Retry of its failed and cancelled files after. */
export function batchActions(batch) {
  return {
    cancel: isRunningStatus(batch.status),
    retry: !isRunningStatus(batch.status) && Boolean(batch.retryable),
  }
}
