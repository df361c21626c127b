// What the user hears about finished downloads: one toast per Download All batch ("37 models downloaded,
// 2 failed"), single downloads that finish together gathered into one toast, and a failure's toast taken
// down once a Retry of that file succeeds. Never one toast per file of a batch (a 40-file batch would
// bury the canvas).
import { notify } from '../host.ts'
import { t } from '../i18n.js'

/** Single downloads finishing within this window share one toast. */
export const GATHER_MS = 800

let finishedSingles = [] // completed single tasks waiting for their shared toast
let gatherTimer = null
/** target key → function taking down the failure toast that names that file */
const failureToasts = new Map()

function where(task) {
  return `${task.folder}/${task.path || task.filename}`
}

/** A single download (not part of a running batch) finished. `key`: its target key. */
export function announceFileFinished(task, key) {
  if (task.status === 'completed') {
    takeDownFailure(key)
    finishedSingles.push(task)
    clearTimeout(gatherTimer)
    gatherTimer = setTimeout(flushSingles, GATHER_MS)
  } else if (task.status === 'failed') {
    takeDownFailure(key)
    failureToasts.set(key, notify('error', t('toast.downloadFailed'), `${where(task)}: ${task.error || ''}`.trim()))
  }
}

/** A file finished as part of a batch: its own toast is the batch's, but a Retry's success still clears. */
export function noteBatchFileFinished(task, key) {
  if (task.status === 'completed') takeDownFailure(key)
}

function flushSingles() {
  gatherTimer = null
  const done = finishedSingles
  finishedSingles = []
  if (done.length === 1) notify('success', t('toast.downloaded'), where(done[0]))
  else if (done.length > 1) notify('success', t('toast.batchDone', { count: done.length }), done.map(where).join('\n'))
}

/**
 * A Download All batch ended: one toast for the whole of it. `files`: its items' tasks with their target
 * keys, `[{task, key}]` (those the page knows; the batch's own counts are used when larger).
 */
export function announceBatchFinished(batch, files) {
  const failed = files.filter(({ task }) => task.status === 'failed')
  const done = Math.max(batch.completed_count ?? 0, files.filter(({ task }) => task.status === 'completed').length)
  const failedCount = Math.max(failed.length, batch.status === 'failed' && failed.length === 0 ? 1 : 0)
  if (batch.status === 'completed') {
    notify('success', t('toast.batchDone', { count: done }))
  } else if (batch.status === 'failed') {
    const detail = failed.map(({ task }) => `${where(task)}: ${task.error || ''}`.trim()).join('\n') || batch.error || ''
    const dismiss = notify('error', t('toast.batchPartly', { count: done, failed: failedCount }), detail)
    for (const { key } of failed) {
      takeDownFailure(key)
      failureToasts.set(key, dismiss)
    }
  } else if (batch.status === 'cancelled') {
    notify('info', t('toast.batchCancelled', { count: done }))
  }
}

function takeDownFailure(key) {
  const dismiss = failureToasts.get(key)
  if (!dismiss) return
  // One toast may name several files (a batch's): it goes once, and no other file points to it any more.
  for (const [other, same] of failureToasts) if (same === dismiss) failureToasts.delete(other)
  dismiss()
}

/** Forget pending toasts (tests start from a fresh page this way). */
export function resetDownloadToasts() {
  clearTimeout(gatherTimer)
  gatherTimer = null
  finishedSingles = []
  failureToasts.clear()
}
