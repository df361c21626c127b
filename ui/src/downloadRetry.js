// Retry from the Downloads view: the list keeps no URL, so the server retries the task from the source it had
// (POST /civitai/download-retry). The new task shows at once as waiting, before its first event.
import { fetchJson, notify } from './host.ts'
import { applyProgress } from './stores/downloadStore.js'
import { t } from './i18n.js'

export async function retryTask(task) {
  try {
    const { task_id: taskId } = await fetchJson('/civitai/download-retry', { method: 'POST', body: { task_id: task.task_id } })
    const waiting = { task_id: taskId, status: 'waiting', progress: 0, downloaded_bytes: 0, speed: 0, eta_seconds: null, error: null }
    if (task.kind === 'batch') applyProgress({ kind: 'batch', completed_count: 0, total_count: (task.failed_count ?? 0) + (task.cancelled_count ?? 0), items: [], ...waiting })
    else applyProgress({ kind: 'file', folder: task.folder, subfolder: task.subfolder, filename: task.filename, path: task.path, location: task.location, total_bytes: task.total_bytes, ...waiting })
  } catch (error) {
    notify('error', t('toast.downloadFailed'), error.message)
  }
}
