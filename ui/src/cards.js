// What a card shows, as plain data: an "entry" (a resource of an image, or a model the open workflow
// needs) and the state it is in, derived from the entry, its latest download task and the user's
// confirmation. Pure functions, shared by both views and tested on their own.
import { localChoice } from './localRelink.js'

/** States of DESIGN.md §4, plus waiting (queued), confirm (a likely match the user must accept),
 * elsewhere (the file sits in another model folder, where this loader does not look), looking (a missing
 * file whose source is still being looked for) and blocked (the source will refuse it: early access,
 * archived, downloads disabled, gated without a token) and rejected (a likely match the user turned down). */
export const CARD_STATES = ['present', 'looking', 'resolved', 'unresolved', 'waiting', 'downloading', 'paused', 'verifying', 'failed', 'cancelled', 'confirm', 'rejected', 'elsewhere', 'blocked']

/** Not finished: a paused download keeps its bytes and its place, so it counts as running here. */
const RUNNING = new Set(['waiting', 'downloading', 'paused', 'verifying'])

export function isRunningStatus(status) {
  return RUNNING.has(status)
}

/** Queued or downloading: what Pause can stop (a hash check under way is let finish). */
export function isPausable(status) {
  return status === 'waiting' || status === 'downloading'
}

function joinPath(subfolder, filename) {
  const clean = (part) => String(part ?? '').replace(/\\/g, '/').replace(/^\/+|\/+$/g, '')
  return [clean(subfolder), clean(filename)].filter(Boolean).join('/')
}

/** Identifies a file on disk the way tasks and cards can both name it: folder + relative path. */
export function targetKey(folder, subfolder, filename) {
  return `${folder ?? ''}::${joinPath(subfolder, filename)}`
}

/** A download task's target; `path` (subfolder/filename) is the server's final word once known. */
export function taskTargetKey(task) {
  return task.path ? targetKey(task.folder, '', task.path) : targetKey(task.folder, task.subfolder, task.filename)
}

function basename(name) {
  return String(name ?? '').replace(/\\/g, '/').split('/').pop()
}

function isDownloadable(resource) {
  return Boolean(resource && resource.resolved !== false && resource.url)
}

/** A card for one resource of a Civitai image (a Resource of /civitai/resolve), looked up at `checkedStamp`. */
export function entryFromResource(resource, checkedStamp = 0) {
  return {
    key: targetKey(resource.folder, resource.subfolder, resource.filename || resource.name),
    name: resource.name || resource.model_name || resource.filename || '?',
    kind: resource.kind || 'model',
    weight: resource.kind === 'lora' ? resource.weight ?? null : null,
    folder: resource.folder,
    filename: resource.filename || '',
    subfolder: resource.subfolder || '',
    resource,
    present: Boolean(resource.already_downloaded),
    localPath: resource.local_path || '',
    unresolvedReason: isDownloadable(resource) ? '' : resource.reason || '',
    blockedReason: resource.blocked || '',
    elsewhere: null,
    disabled: false,
    checkedStamp,
  }
}

/** The kind of file a model folder holds, for the badge of a card the backend gave no kind. */
const KIND_OF_FOLDER = {
  checkpoints: 'checkpoint',
  diffusion_models: 'diffusion_model',
  unet: 'diffusion_model',
  loras: 'lora',
  embeddings: 'embedding',
  vae: 'vae',
  upscale_models: 'upscaler',
  controlnet: 'controlnet',
  hypernetworks: 'hypernetwork',
  text_encoders: 'text_encoder',
  clip: 'text_encoder',
  clip_vision: 'clip_vision',
  animatediff_models: 'motion_module',
}

/** The very file already on disk under another name: nothing to download (Download All leaves it), the card
 * says where it is (the backend's first sentence) and offers "Use this file". */
function sameFileOnDisk(resource) {
  if (!resource?.already_downloaded || !resource.local_path || resource.needs_confirmation) return null
  const evidence = resource.evidence || ''
  const cut = evidence.search(/\.\s/)
  return { path: `${resource.folder}/${resource.local_path}`, message: cut > 0 ? evidence.slice(0, cut + 1) : evidence }
}

/** A card for one model of the open workflow (a `models[]` item of /civitai/missing); `localChoice` is the
 * file on disk its nodes can be re-pointed at ("Use this file"), see localRelink.js. */
export function entryFromMissingModel(model) {
  const { reference, resource } = model
  const filename = resource?.filename || basename(reference.name)
  const subfolder = resource ? resource.subfolder || '' : reference.name.replace(/\\/g, '/').split('/').slice(0, -1).join('/')
  return {
    key: targetKey(resource?.folder || reference.folder, subfolder, filename),
    name: resource?.model_name || reference.name,
    kind: resource?.kind || KIND_OF_FOLDER[reference.folder] || 'model',
    weight: null,
    folder: resource?.folder || reference.folder || '?',
    filename,
    subfolder,
    resource: resource ?? null,
    present: model.status === 'present',
    localPath: model.local_path || '',
    unresolvedReason: isDownloadable(resource) ? '' : resource?.reason || model.message || '',
    blockedReason: resource?.blocked || '',
    elsewhere: model.status === 'elsewhere' ? { path: model.found_elsewhere || '', message: model.message || '' } : sameFileOnDisk(resource),
    disabled: Boolean(reference.disabled),
    looking: Boolean(model.looking),
    checkedStamp: model.checkedStamp ?? 0,
    localChoice: localChoice(model),
  }
}

/**
 * The state a card shows. The latest task for its file wins while it runs or once it ended;
 * otherwise what the backend said about the file (present, elsewhere, resolved or not). `decision` is the
 * user's word on a likely match: true "Use this", false "Not this", undefined not asked yet.
 */
export function cardState(entry, task, decision = undefined) {
  // The backend's last look wins over a download that ended before it: the file may have been deleted since a
  // completed one, and a fresh lookup may offer what a failed one could not get (a new size, a key now set).
  if (task?.settled && entry.checkedStamp && task.settled < entry.checkedStamp) task = null
  if (task) {
    if (task.status === 'completed') return 'present'
    if (isRunningStatus(task.status) || task.status === 'failed' || task.status === 'cancelled') return task.status
  }
  if (entry.present) return 'present'
  if (entry.elsewhere) return 'elsewhere'
  if (entry.looking) return 'looking'
  if (entry.blockedReason) return 'blocked'
  if (!isDownloadable(entry.resource)) return 'unresolved'
  if (entry.resource.needs_confirmation && decision === false) return 'rejected'
  if (entry.resource.needs_confirmation && decision !== true) return 'confirm'
  return 'resolved'
}

/** Where the file is on disk for a present card: the finished task's path, else the backend's. */
export function presentPath(entry, task) {
  if (task?.status === 'completed') return `${task.folder}/${task.path || joinPath(task.subfolder, task.filename)}`
  return entry.localPath ? `${entry.folder}/${entry.localPath}` : `${entry.folder}/${joinPath(entry.subfolder, entry.filename)}`
}

/**
 * Whether Retry can help a failed task: the server says so (`retryable`), or the source wanted a key
 * (`needs_key`) and one is set now. A task from a server that does not say is retried as before.
 * `keys`: the backend's `{civitai: bool, huggingface: bool}`.
 */
export function canRetry(task, keys = {}) {
  if (!task || task.status !== 'failed') return false
  if (task.needs_key) return Boolean(keys?.[task.needs_key])
  return task.retryable !== false
}

/** Download All takes what can be fetched without asking: resolved and confident (or confirmed)
 * files that are not on disk and not already queued; a cancelled one, or a failed one a retry can
 * help, is tried again. Blocked files (the source refuses them) are never sent. */
export function isDownloadAllCandidate(state, task = null, keys = {}) {
  if (state === 'failed') return canRetry(task, keys)
  return state === 'resolved' || state === 'cancelled'
}

/** Cards Download All leaves out although their file is missing, because trying cannot help now. */
export function isSkippedByDownloadAll(state, task = null, keys = {}) {
  return state === 'blocked' || (state === 'failed' && !canRetry(task, keys))
}

/** Cards still missing their file (the "N missing" count). */
export function isMissingState(state) {
  return state !== 'present'
}
