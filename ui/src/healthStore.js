// The backend's health answer, kept at module level: the host unmounts the sidebar every time
// the user switches to another tab, and this state must outlive those re-mounts.
import { reactive, readonly } from 'vue'
import { fetchJson } from './host.ts'

const state = reactive({
  /** `{version, api: {civitai, huggingface}, keys: {civitai, huggingface}}` once loaded */
  health: null,
  /** message of the last failed load, '' when the last load worked */
  error: '',
  loading: false,
})

/** Read-only view for components; change it only through the functions below. */
export const healthState = readonly(state)

let latestRequest = 0

/** Ask the backend for its health; a newer call wins over an older one still in flight. */
export async function loadHealth() {
  const request = ++latestRequest
  state.loading = true
  try {
    const health = await fetchJson('/civitai/health')
    if (request !== latestRequest) return
    state.health = health
    state.error = ''
  } catch (error) {
    if (request !== latestRequest) return
    state.health = null
    state.error = error?.message || String(error)
  } finally {
    if (request === latestRequest) state.loading = false
  }
}

/** Load once per page: a re-mounted sidebar shows what it already knows. */
export function ensureHealthLoaded() {
  if (state.health || state.loading) return
  return loadHealth()
}

/** The server's answer after a key was saved or removed: `{civitai: bool, huggingface: bool}`. */
export function applyKeyStatus(keys) {
  if (state.health && keys) state.health = { ...state.health, keys: { ...keys } }
}

/** Forget everything (tests start from a fresh page this way). */
export function resetHealthState() {
  latestRequest++
  Object.assign(state, { health: null, error: '', loading: false })
}
