// The pack's entries in ComfyUI's own settings dialog (Settings → Civitai).
//
// API keys must never land in ComfyUI's settings file (comfy.settings.json, which /api/settings
// serves to anyone who can reach the server). The host stores a setting like this:
//   value = migrateDeprecatedValue(typed); if (value !== current) { onChange(value, current); save(value) }
// so migrateDeprecatedValue is the one hook that runs before anything is saved. Ours takes the typed
// key out of the way (to be sent to POST /civitai/settings/keys) and hands the host back the value
// the field already has, so the host saves nothing. The only values ever saved are '' (no key) and
// KEY_IS_SET (a mask that says a key is set). Typing is debounced: the host calls set() on every
// keystroke, and only the finished key is sent.
import { fetchJson, getSetting, notify, setSetting } from './host.ts'
import { applyKeyStatus, healthState } from './healthStore.js'
import { t } from './i18n.js'

export const KEY_IS_SET = '••••••••'
export const KEY_SETTLE_MS = 800
export const CONCURRENCY_SETTING = 'Civitai.Downloads.Concurrency'
export const DEFAULT_CONCURRENCY = 2
export const CONNECTIONS_SETTING = 'Civitai.Downloads.Connections'
export const AUTOMATIC_CONNECTIONS = 0 // the server picks, up to 8 per file
export const MAX_CONNECTIONS = 16
export const BANDWIDTH_SETTING = 'Civitai.Downloads.BandwidthLimit'
export const UNLIMITED_BANDWIDTH = 0
const MB = 1024 * 1024 // the unit the Downloads view shows speeds in

export const KEY_SETTINGS = [
  { id: 'Civitai.Keys.CivitaiApiKey', field: 'civitai', label: 'settings.civitaiKey', sortOrder: 20 },
  { id: 'Civitai.Keys.HuggingFaceToken', field: 'huggingface', label: 'settings.hfToken', sortOrder: 10 },
]

const isMaskEdit = (text) => /^•+$/.test(text) // the user deleting bullets of the mask, not a key

/** One key field: intercepts what is typed, sends it to the server, shows only whether it is set. */
export function createKeyField({ id, field }, settleMs = KEY_SETTLE_MS) {
  let pending = null // {value} to save, {value: null} to forget
  let timer = null
  let registered = false
  let legacyKeyInFile = false // a key saved by some earlier version: must be overwritten on disk
  let ownWrite // the value we are writing ourselves: its onChange is not the user's

  const shown = () => (getSetting(id) === KEY_IS_SET ? KEY_IS_SET : '')

  function later(action) {
    pending = action
    clearTimeout(timer)
    timer = setTimeout(flush, settleMs)
  }

  /** migrateDeprecatedValue: whatever is typed, the host keeps the value it has. */
  function intercept(value) {
    if (value === '' || value === KEY_IS_SET || value == null) return value
    const typed = String(value).trim()
    if (typed && !isMaskEdit(typed)) {
      if (!registered) legacyKeyInFile = true
      later({ value: typed })
    }
    return shown()
  }

  /** onChange: the only change that reaches it from the user is emptying a set field (forget). */
  function changed(value, old) {
    if (old === undefined) {
      registered = true // the host calls onChange once when the setting is registered
      return
    }
    if (ownWrite !== undefined && value === ownWrite) return
    if (value === '' && old === KEY_IS_SET) later({ value: null })
  }

  async function write(value) {
    ownWrite = value
    const saving = setSetting(id, value) // onChange runs synchronously inside set()
    ownWrite = undefined
    await saving
  }

  /** Show the server's truth in the field; `rewrite` forces a save even when the value is the same. */
  async function show(isSet, rewrite = false) {
    const value = isSet ? KEY_IS_SET : ''
    if (rewrite && getSetting(id) === value) await write(value === '' ? KEY_IS_SET : '')
    if (getSetting(id) !== value || rewrite) await write(value)
  }

  async function flush() {
    timer = null
    const action = pending
    pending = null
    if (!action) return
    // After a new key, rewrite the mask even if it was there: the dialog's field still shows what
    // was typed until its value changes. A legacy key in the file is overwritten the same way.
    const rewrite = legacyKeyInFile || Boolean(action.value)
    legacyKeyInFile = false
    try {
      const { keys } = await fetchJson('/civitai/settings/keys', { method: 'POST', body: { [field]: action.value } })
      applyKeyStatus(keys)
      notify('success', action.value ? t('toast.keySaved') : t('toast.keyForgotten'))
      await show(keys?.[field] === true, rewrite)
    } catch (error) {
      notify('error', t('toast.keyFailed'), error.message)
      await show(healthState.health?.keys?.[field] === true, rewrite)
    }
  }

  return {
    setting: {
      id,
      type: 'text',
      defaultValue: '',
      attrs: { type: 'password', autocomplete: 'off', spellcheck: false, placeholder: t('settings.keyPlaceholder') },
      migrateDeprecatedValue: intercept,
      onChange: changed,
    },
    show,
    /** for tests: send what is pending now instead of after the pause */
    flush,
  }
}

function clampConcurrency(value) {
  const number = Math.round(Number(value))
  return Number.isFinite(number) ? Math.min(8, Math.max(1, number)) : DEFAULT_CONCURRENCY
}

/** Connections per file → the server's `segments`: 0 (automatic) or 1..16. */
export function segmentsFor(value) {
  const number = Math.round(Number(value))
  return Number.isFinite(number) ? Math.min(MAX_CONNECTIONS, Math.max(AUTOMATIC_CONNECTIONS, number)) : AUTOMATIC_CONNECTIONS
}

/** MB/s as typed → the server's `bandwidth_limit` in whole bytes/s; 0 (or nonsense) is no limit. */
export function bandwidthBytesFor(megabytesPerSecond) {
  const number = Number(megabytesPerSecond)
  return Number.isFinite(number) && number > 0 ? Math.round(number * MB) : UNLIMITED_BANDWIDTH
}

async function sendDownloadSettings(body) {
  try {
    await fetchJson('/civitai/settings/downloads', { method: 'POST', body })
  } catch (error) {
    notify('error', t('toast.settingFailed'), error.message)
  }
}

/**
 * A download setting's onChange: sends `body(value)` when the user changes it. At registration the server
 * already runs its own default (its environment variable): only a value the user chose is sent then.
 */
function sentOnChange(body, isDefault) {
  return (value, old) => {
    if (old === undefined && isDefault(value)) return
    return sendDownloadSettings(body(value))
  }
}

/**
 * The settings to hand to registerExtension, and `showKeyStatus(keys)` to call with the backend's
 * `keys` ({civitai: bool, huggingface: bool}) so each key field says whether a key is set.
 */
export function createSettings() {
  const keyFields = KEY_SETTINGS.map((spec) => ({ spec, field: createKeyField(spec) }))
  const settings = keyFields.map(({ spec, field }) => {
    const name = t(spec.label)
    return { ...field.setting, name, tooltip: t('settings.keyTooltip'), category: ['Civitai', 'Keys', name], sortOrder: spec.sortOrder }
  })
  const concurrencyName = t('settings.concurrency')
  settings.push({
    id: CONCURRENCY_SETTING,
    name: concurrencyName,
    type: 'number',
    defaultValue: DEFAULT_CONCURRENCY,
    attrs: { min: 1, max: 8, step: 1, showButtons: true },
    tooltip: t('settings.concurrencyTooltip'),
    category: ['Civitai', 'Downloads', concurrencyName],
    sortOrder: 30, // the dialog lists higher first: how many files, then connections per file, then the cap
    onChange: sentOnChange(
      (value) => ({ concurrency: clampConcurrency(value) }),
      (value) => clampConcurrency(value) === DEFAULT_CONCURRENCY, // env CIVITAI_SIDEBAR_CONCURRENCY
    ),
  })
  const connectionsName = t('settings.connections')
  const connectionCounts = Array.from({ length: MAX_CONNECTIONS }, (_, index) => ({ text: String(index + 1), value: index + 1 }))
  settings.push({
    id: CONNECTIONS_SETTING,
    name: connectionsName,
    type: 'combo',
    defaultValue: AUTOMATIC_CONNECTIONS,
    options: [{ text: t('settings.connectionsAuto'), value: AUTOMATIC_CONNECTIONS }, ...connectionCounts],
    tooltip: t('settings.connectionsTooltip'),
    category: ['Civitai', 'Downloads', connectionsName],
    sortOrder: 20,
    onChange: sentOnChange(
      (value) => ({ segments: segmentsFor(value) }),
      (value) => segmentsFor(value) === AUTOMATIC_CONNECTIONS, // env CIVITAI_SIDEBAR_SEGMENTS
    ),
  })
  const bandwidthName = t('settings.bandwidth')
  settings.push({
    id: BANDWIDTH_SETTING,
    name: bandwidthName,
    type: 'number',
    defaultValue: UNLIMITED_BANDWIDTH,
    attrs: { min: 0, step: 0.5, maxFractionDigits: 1, showButtons: true },
    tooltip: t('settings.bandwidthTooltip'),
    category: ['Civitai', 'Downloads', bandwidthName],
    sortOrder: 10,
    onChange: sentOnChange(
      (value) => ({ bandwidth_limit: bandwidthBytesFor(value) }),
      (value) => bandwidthBytesFor(value) === UNLIMITED_BANDWIDTH, // env CIVITAI_SIDEBAR_BANDWIDTH_LIMIT
    ),
  })
  async function showKeyStatus(keys) {
    if (!keys) return
    for (const { spec, field } of keyFields) await field.show(keys[spec.field] === true)
  }
  return { settings, showKeyStatus }
}
