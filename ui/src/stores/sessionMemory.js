// What the sidebar showed last, kept in sessionStorage so that a reload (even mid-download) brings the
// same view back: which view was open and which image was looked up. sessionStorage is per browser tab
// and per origin; the key also names the ComfyUI page (its path), so two ComfyUIs served from one origin
// under different sub-paths do not share it.
const PREFIX = 'civitai-sidebar:last-view'

function storageKey() {
  return `${PREFIX}:${globalThis.location?.pathname ?? '/'}`
}

/** `{view, imageQuery}` as last saved, or {} (nothing saved, storage blocked, or a damaged value). */
export function recallLastView() {
  try {
    const saved = JSON.parse(globalThis.sessionStorage?.getItem(storageKey()) ?? '{}')
    return saved && typeof saved === 'object' ? saved : {}
  } catch {
    return {}
  }
}

/** Merge `fields` into what is saved. */
export function rememberLastView(fields) {
  try {
    globalThis.sessionStorage?.setItem(storageKey(), JSON.stringify({ ...recallLastView(), ...fields }))
  } catch {
    // storage full or blocked (private mode): a reload then starts empty, as before
  }
}
