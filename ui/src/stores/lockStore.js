// Lock files from the sidebar: "Export lock file" pins the open workflow's models (POST /civitai/lock) and saves
// models.lock.json; "Verify a lock file" checks this machine against a picked one (POST /civitai/verify). The
// check's answer lives at module level so it survives the sidebar's re-mounts.
import { reactive, readonly } from 'vue'
import { fetchJson, notify, serializeOpenGraph } from '../host.ts'
import { saveTextFile } from '../saveFile.js'
import { t } from '../i18n.js'

export const LOCK_FILENAME = 'models.lock.json'
/** A toast lists at most this many unpinned models; the rest are counted. */
export const UNPINNED_LISTED = 5

const state = reactive({
  exporting: false,
  verifying: false,
  /** the name of the lock file picked for a check ('' when no check is shown) */
  file: '',
  /** the /civitai/verify answer: {models, summary, complete} */
  result: null,
  error: '',
})

export const lockState = readonly(state)

let latestCheck = 0

/** The lock file's text exactly as the command line writes it: 2-space indent, trailing newline. */
export function lockFileText(lock) {
  return `${JSON.stringify(lock, null, 2)}\n`
}

/** A toast line holds at most this many characters of a reason (the card's Details keep the whole trail). */
export const REASON_CHARS = 160

/** The reason's first sentence, cut short when long: a resolution trail can run to a paragraph. */
export function shortReason(reason) {
  const first = String(reason ?? '').split(/(?<=\.)\s/)[0]
  return first.length > REASON_CHARS ? `${first.slice(0, REASON_CHARS - 1)}…` : first
}

/** At most UNPINNED_LISTED lines of `models`, then how many more. */
function listed(models, line) {
  const lines = models.slice(0, UNPINNED_LISTED).map(line)
  if (models.length > lines.length) lines.push(t('lock.unpinnedMore', { count: models.length - lines.length }))
  return lines
}

/**
 * The toast after an export: how many models were pinned and how many not (the title), the file's name, why each
 * unpinned one is not, and the pinned ones no source is known for (only this machine has them: a lock shared with
 * another machine cannot fetch them).
 */
function exportToast(answer) {
  const unpinned = answer.lock.unpinned ?? []
  const withoutSource = (answer.lock.models ?? []).filter((model) => !model.sources?.length)
  const pinned = answer.summary?.pinned ?? answer.lock.models?.length ?? 0
  const notPinned = answer.summary?.unpinned ?? unpinned.length
  const lines = [t('lock.savedAs', { file: LOCK_FILENAME })]
  if (unpinned.length) lines.push(t('lock.notPinned'), ...listed(unpinned, (model) => `${model.folder}/${model.name}: ${shortReason(model.reason)}`))
  if (withoutSource.length) lines.push(t('lock.noSource'), ...listed(withoutSource, (model) => `${model.folder}/${model.name}`))
  if (notPinned) notify('warning', t('lock.exported', { count: pinned, unpinned: notPinned }), lines.join('\n'))
  else notify('success', t('lock.exportedAll', { count: pinned }), lines.join('\n'))
}

/** Pin the open workflow's models and save models.lock.json; a toast says how many were pinned and why not. */
export async function exportLockFile() {
  if (state.exporting) return
  const workflow = serializeOpenGraph()
  if (!workflow) {
    notify('error', t('lock.exportFailed'), t('workflow.noGraph'))
    return
  }
  state.exporting = true
  try {
    const answer = await fetchJson('/civitai/lock', { method: 'POST', body: { workflow } })
    if (!answer?.lock || typeof answer.lock !== 'object') throw new Error(t('lock.noLockInAnswer'))
    saveTextFile(LOCK_FILENAME, lockFileText(answer.lock))
    exportToast(answer)
  } catch (error) {
    notify('error', t('lock.exportFailed'), error.message)
  } finally {
    state.exporting = false
  }
}

async function readLock(file) {
  const text = await file.text()
  try {
    return JSON.parse(text)
  } catch {
    throw new Error(t('lock.notJson', { file: file.name }))
  }
}

/** Check this machine against the lock file `file` (a File from the picker); the answer or the server's sentence is shown inline. */
export async function verifyLockFile(file) {
  const check = ++latestCheck
  Object.assign(state, { file: file.name, result: null, error: '', verifying: true })
  try {
    const lock = await readLock(file)
    const answer = await fetchJson('/civitai/verify', { method: 'POST', body: { lock } })
    if (check === latestCheck) state.result = answer
  } catch (error) {
    if (check === latestCheck) state.error = error.message
  } finally {
    if (check === latestCheck) state.verifying = false
  }
}

/** Take the check off the view (an answer still on its way is dropped). */
export function closeLockCheck() {
  latestCheck += 1
  Object.assign(state, { file: '', result: null, error: '', verifying: false })
}

/** For tests: forget everything. */
export function resetLockState() {
  closeLockCheck()
  state.exporting = false
}
