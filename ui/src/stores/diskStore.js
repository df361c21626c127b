// The disk is the truth about which model files are there. A finished download says a file arrived, and
// the backend's last answer said what was there then; both go stale when the user deletes (or moves) a
// file. So the cards on screen look at ComfyUI's own list of each model folder (GET /models/<folder>, the
// list its loaders offer) when they are shown and whenever a download ends, and that look wins over any
// older knowledge.
import { reactive, readonly } from 'vue'
import { fetchJson } from '../host.ts'
import { targetKey } from '../cards.js'
import { onFileFinished, stateStamp, taskForTarget } from './downloadStore.js'

/** Downloads ending together make one look at the disk. */
export const RECHECK_DELAY_MS = 300

const state = reactive({
  /** card key → {present, stamp}: what the last look at the disk found, and when (download store clock) */
  byKey: {},
})

export const diskState = readonly(state)

/** The live card lists (getters of entries), one per mounted list. */
const shownLists = new Set()
const goneListeners = new Set()
let recheckTimer = null

function relativeName(entry) {
  return targetKey('', entry.subfolder, entry.filename).slice(2)
}

/** The names under which `entry`'s file may sit in its folder: its own, the backend's, a finished task's. */
function namesOf(entry) {
  const names = [relativeName(entry)]
  if (entry.localPath) names.push(entry.localPath)
  const task = taskForTarget(entry.key)
  if (task?.status === 'completed' && task.path) names.push(task.path)
  return names.map((name) => String(name).replace(/\\/g, '/'))
}

async function folderListing(folder) {
  try {
    const names = await fetchJson(`/models/${encodeURIComponent(folder)}`)
    return Array.isArray(names) ? new Set(names.map((name) => String(name).replace(/\\/g, '/'))) : null
  } catch {
    return null // a folder ComfyUI does not know (or the server is away): no verdict, the older knowledge stays
  }
}

/** Look at the disk for these entries (cards); each folder is listed once. */
export async function recheckDisk(entries) {
  const checkable = entries.filter((entry) => entry?.folder && entry.filename && !entry.elsewhere)
  if (!checkable.length) return
  const stamp = stateStamp() // taken before asking: a download that ends while we wait is newer news
  const folders = [...new Set(checkable.map((entry) => entry.folder))]
  const listings = new Map(await Promise.all(folders.map(async (folder) => [folder, await folderListing(folder)])))
  const gone = []
  for (const entry of checkable) {
    const listing = listings.get(entry.folder)
    if (!listing) continue
    const present = namesOf(entry).some((name) => listing.has(name))
    const known = state.byKey[entry.key]
    if (known && known.stamp > stamp) continue
    state.byKey[entry.key] = { present, stamp }
    if (entry.present && !present) gone.push(entry.key)
  }
  if (gone.length) for (const listener of goneListeners) listener(gone)
}

/** The entry with the presence the disk last showed, when that look is newer than what the entry knew. */
export function withDiskTruth(entry) {
  const seen = state.byKey[entry.key]
  if (!seen || seen.stamp <= (entry.checkedStamp ?? 0)) return entry
  return { ...entry, present: seen.present }
}

/**
 * The task a card follows, unless it is a finished download whose file the disk no longer has (looked at
 * after it finished). Running, failed and cancelled tasks always stay: they say what happened to a download.
 */
export function taskAgainstDisk(key, task) {
  const seen = state.byKey[key]
  if (task?.status === 'completed' && seen && !seen.present && seen.stamp > (task.settled ?? 0)) return null
  return task
}

/** A list of cards is on screen: look at the disk for it now and after every download that ends. */
export function showEntries(getEntries) {
  shownLists.add(getEntries)
  recheckDisk(getEntries()).catch(() => {})
  return () => shownLists.delete(getEntries)
}

function recheckShown() {
  clearTimeout(recheckTimer)
  recheckTimer = setTimeout(() => {
    recheckTimer = null
    recheckDisk([...shownLists].flatMap((getEntries) => getEntries())).catch(() => {})
  }, RECHECK_DELAY_MS)
}

/** Call `listener(keys)` when files the backend had found present are gone from the disk. */
export function onPresentFilesGone(listener) {
  goneListeners.add(listener)
  return () => goneListeners.delete(listener)
}

let stopFollowing = null

/** Look again whenever a download ends (the extension's setup calls this; idempotent). */
export function followDiskChanges() {
  if (!stopFollowing) stopFollowing = onFileFinished(recheckShown)
}

/** Forget everything (tests start from a fresh page this way). */
export function resetDiskState() {
  for (const key of Object.keys(state.byKey)) delete state.byKey[key]
  shownLists.clear()
  goneListeners.clear()
  clearTimeout(recheckTimer)
  recheckTimer = null
  stopFollowing?.()
  stopFollowing = null
}
