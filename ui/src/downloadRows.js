// What the Downloads view lists, as plain data (and strings): every task the server keeps (GET /civitai/downloads plus the
// progress events), the running ones first, then the ended ones newest first. Pure, so it is tested alone.
import { canRetry, isPausable, isRunningStatus, taskTargetKey } from './cards.js'
import { t } from './i18n.js'

/** Rows drawn at once: the server may keep 5,000 queued tasks, which no one reads one by one. */
export const MAX_FILE_ROWS = 200
export const MAX_BATCH_ROWS = 20

const PHASE_ORDER = { downloading: 0, verifying: 1, waiting: 2, paused: 3 }

function byRecency(a, b) {
  return (b.settled ?? b.seq ?? 0) - (a.settled ?? a.seq ?? 0)
}

function byPhaseThenAge(a, b) {
  return (PHASE_ORDER[a.status] ?? 4) - (PHASE_ORDER[b.status] ?? 4) || (a.seq ?? 0) - (b.seq ?? 0)
}

/** Running first (downloading, verifying, the queue in its order, paused), then ended ones, newest first. */
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

/** How many files are queued or running, how many paused, and their summed speed (the view's header). */
export function activity(files) {
  let running = 0
  let paused = 0
  let speed = 0
  for (const task of Object.values(files)) {
    if (task.status === 'paused') paused += 1
    else if (isRunningStatus(task.status)) running += 1
    if (task.status === 'downloading') speed += Number(task.speed) || 0
  }
  return { running, paused, speed }
}

/** Where the file lands, as ComfyUI names it (model folder / subfolder / name): what "copy path" copies. */
export function taskLocation(task) {
  if (task.location) return task.location
  const name = task.path || [task.subfolder, task.filename].filter(Boolean).join('/')
  return name ? `${task.folder}/${name}` : ''
}

/** "8 connections" while a file downloads over more than one connection; '' otherwise. */
export function connectionsText(task) {
  const count = Number(task.connections) || 0
  return task.status === 'downloading' && count > 1 ? t('downloads.connections', { count }) : ''
}

/** The buttons a file row offers. `keys`: the backend's `{civitai, huggingface}` key state. */
export function fileActions(task, keys = {}) {
  return {
    pause: isPausable(task.status),
    resume: task.status === 'paused',
    cancel: isRunningStatus(task.status),
    retry: task.status === 'cancelled' || canRetry(task, keys),
    copy: Boolean(taskLocation(task)),
  }
}

/**
 * The buttons a Download All row offers: Pause while some of its files run, Resume while some are paused (both
 * when it is half paused), Cancel until it ends, Retry of its failed and cancelled files after. `files`: the file
 * tasks of the batch the page knows (the batch's own status is "paused" only when all its unfinished ones are).
 */
export function batchActions(batch, files = []) {
  const pausedFile = files.some((task) => task.status === 'paused')
  return {
    pause: isPausable(batch.status) && (!files.length || files.some((task) => isPausable(task.status))),
    resume: batch.status === 'paused' || (isRunningStatus(batch.status) && pausedFile),
    cancel: isRunningStatus(batch.status),
    retry: !isRunningStatus(batch.status) && Boolean(batch.retryable),
  }
}
