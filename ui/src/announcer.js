// What the sidebar's aria-live region says: download progress milestones and errors, one sentence at a
// time, so a screen-reader user hears what a sighted user sees change on the cards.
import { ref, watch } from 'vue'
import { downloadState } from './stores/downloadStore.js'
import { t } from './i18n.js'

export const announcement = ref('')

/** Say `text` now (a repeat of the same text is still spoken: the region is cleared first). */
export function announce(text) {
  if (!text) return
  announcement.value = ''
  queueMicrotask(() => (announcement.value = text))
}

const SPOKEN = { downloading: 'live.started', completed: 'live.completed', failed: 'live.failed', cancelled: 'live.cancelled' }

function fileName(task) {
  return task.path || task.filename || ''
}

/**
 * Announce file tasks entering a state worth saying and each batch's finished count; errors of the
 * given getters as they appear. Returns the function that stops.
 */
export function announceDownloads(errorSources = []) {
  const said = new Map() // task id → last status or count announced
  for (const task of Object.values(downloadState.files)) said.set(task.task_id, task.status)
  const stopTasks = watch(
    () => [...Object.values(downloadState.files).map((task) => `${task.task_id}:${task.status}`), ...Object.values(downloadState.batches).map((batch) => `${batch.task_id}:${batch.completed_count ?? 0}/${batch.total_count ?? 0}`)].join('|'),
    () => {
      for (const task of Object.values(downloadState.files)) {
        if (said.get(task.task_id) === task.status || !SPOKEN[task.status]) continue
        const first = !said.has(task.task_id)
        said.set(task.task_id, task.status)
        if (first && task.status !== 'downloading' && task.status !== 'failed') continue // old news from the snapshot
        announce(t(SPOKEN[task.status], { name: fileName(task), error: task.error || '' }))
      }
      for (const batch of Object.values(downloadState.batches)) {
        const count = `${batch.completed_count ?? 0}/${batch.total_count ?? 0}`
        if (said.get(batch.task_id) === count) continue
        said.set(batch.task_id, count)
        if (batch.total_count) announce(t('live.batch', { done: batch.completed_count ?? 0, total: batch.total_count, count: batch.total_count }))
      }
    },
  )
  const stopErrors = errorSources.map((source) => watch(source, (error) => error && announce(error)))
  return () => [stopTasks, ...stopErrors].forEach((stop) => stop())
}
