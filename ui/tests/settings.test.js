// The keys go to POST /civitai/settings/keys and never into ComfyUI's settings file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { createSettingStore } from './doubles/settingStore.js'
import { BANDWIDTH_SETTING, CONCURRENCY_SETTING, CONNECTIONS_SETTING, KEY_IS_SET, KEY_SETTLE_MS, createSettings } from '../src/settings.js'
import { resetHealthState } from '../src/healthStore.js'

const CIVITAI = 'Civitai.Keys.CivitaiApiKey'
const HF = 'Civitai.Keys.HuggingFaceToken'
const SECRET = 'c1v1ta1-secret-key-0123456789'

let store
let toast
let serverKeys

function register(file = {}) {
  store = createSettingStore(file)
  app.extensionManager = { setting: { get: store.get, set: store.set }, toast }
  const created = createSettings()
  created.settings.forEach(store.addSetting)
  return created
}

/** What the user does in the settings dialog: the text field calls set() on every keystroke. */
async function type(id, text) {
  for (let end = 1; end <= text.length; end++) await store.set(id, text.slice(0, end))
}

const keyPosts = () => api.calls.filter((call) => call.route === '/civitai/settings/keys').map((call) => JSON.parse(call.init.body))
const everythingSaved = () => JSON.stringify([store.file, store.saves])

beforeEach(() => {
  vi.useFakeTimers()
  resetApi()
  resetHealthState()
  toast = { success: vi.fn(), error: vi.fn() }
  serverKeys = { civitai: false, huggingface: false }
  respondWith('/civitai/settings/keys', (init) => {
    const body = JSON.parse(init.body)
    for (const [field, value] of Object.entries(body)) serverKeys[field] = Boolean(value)
    return Response.json({ keys: { ...serverKeys } })
  })
  respondWith('/civitai/settings/downloads', (init) => Response.json(JSON.parse(init.body)))
})

afterEach(() => {
  vi.useRealTimers()
  resetApp()
})

describe('the settings', () => {
  it('are registered under Civitai › Keys and Civitai › Downloads', () => {
    const { settings } = register()
    expect(settings.map((setting) => [setting.id, setting.type, setting.category.slice(0, 2)])).toEqual([
      [CIVITAI, 'text', ['Civitai', 'Keys']],
      [HF, 'text', ['Civitai', 'Keys']],
      [CONCURRENCY_SETTING, 'number', ['Civitai', 'Downloads']],
      [CONNECTIONS_SETTING, 'combo', ['Civitai', 'Downloads']],
      [BANDWIDTH_SETTING, 'number', ['Civitai', 'Downloads']],
    ])
    expect(settings[2]).toMatchObject({ defaultValue: 2, attrs: { min: 1, max: 8 } })
    expect(settings[3].defaultValue).toBe(0)
    expect(settings[3].options.map((option) => option.text)).toEqual(['Automatic', ...Array.from({ length: 16 }, (_, i) => String(i + 1))])
    expect(settings[3].options.map((option) => option.value)).toEqual(Array.from({ length: 17 }, (_, i) => i))
    expect(settings[4]).toMatchObject({ defaultValue: 0, attrs: { min: 0 } })
    expect(settings[0].attrs.type).toBe('password')
  })
})

describe('an API key typed in the settings dialog', () => {
  it('is sent to the server once, whole, after the typing stops', async () => {
    register()
    await type(CIVITAI, SECRET)
    expect(keyPosts()).toEqual([])

    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    await flushPromises()

    expect(keyPosts()).toEqual([{ civitai: SECRET }])
    expect(toast.success).toHaveBeenCalledWith('Key saved on the server', expect.anything())
  })

  it('is never saved in the settings file; the field only says that a key is set', async () => {
    register()
    await type(CIVITAI, SECRET)
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    await flushPromises()

    expect(everythingSaved()).not.toContain(SECRET.slice(0, 3))
    expect(store.file[CIVITAI]).toBe(KEY_IS_SET)
    expect(store.get(CIVITAI)).toBe(KEY_IS_SET)
  })

  it('a pasted key is the same: one change, one POST, nothing of it saved', async () => {
    register()
    await store.set(HF, `  ${SECRET}  `)
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    await flushPromises()
    expect(keyPosts()).toEqual([{ huggingface: SECRET }])
    expect(everythingSaved()).not.toContain(SECRET)
    expect(store.file[HF]).toBe(KEY_IS_SET)
  })

  it('emptying a set field removes the key from the server', async () => {
    serverKeys.civitai = true
    register({ [CIVITAI]: KEY_IS_SET })
    await store.set(CIVITAI, '')
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    await flushPromises()
    expect(keyPosts()).toEqual([{ civitai: null }])
    expect(store.file[CIVITAI]).toBe('')
    expect(toast.success).toHaveBeenCalledWith('Key removed from the server', expect.anything())
  })

  it('deleting a few bullets of the mask is not a key', async () => {
    register({ [CIVITAI]: KEY_IS_SET })
    await store.set(CIVITAI, KEY_IS_SET.slice(1))
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    expect(keyPosts()).toEqual([])
    expect(store.get(CIVITAI)).toBe(KEY_IS_SET)
  })

  it('a key an older version left in the settings file is moved to the server and overwritten', async () => {
    register({ [CIVITAI]: SECRET })
    expect(store.get(CIVITAI)).not.toBe(SECRET) // not even in memory
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    await flushPromises()
    expect(keyPosts()).toEqual([{ civitai: SECRET }])
    expect(store.file[CIVITAI]).toBe(KEY_IS_SET)
  })

  it('a refused key is reported and still not kept', async () => {
    respondWith('/civitai/settings/keys', { error: 'civitai: at most 512 characters' }, 400)
    register()
    await store.set(CIVITAI, SECRET)
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    await flushPromises()
    expect(toast.error).toHaveBeenCalledWith('Could not save the key', expect.objectContaining({ description: 'civitai: at most 512 characters' }))
    expect(everythingSaved()).not.toContain(SECRET)
  })

  it('showKeyStatus makes each field say what the server holds, without sending anything', async () => {
    const { showKeyStatus } = register({ [HF]: KEY_IS_SET })
    await showKeyStatus({ civitai: true, huggingface: false })
    expect([store.get(CIVITAI), store.get(HF)]).toEqual([KEY_IS_SET, ''])
    await vi.advanceTimersByTimeAsync(KEY_SETTLE_MS)
    expect(keyPosts()).toEqual([])
  })
})

describe('parallel downloads', () => {
  const concurrencyPosts = () => api.calls.filter((call) => call.route === '/civitai/settings/downloads').map((call) => JSON.parse(call.init.body))

  it('sends a changed value to the server, kept within 1..8', async () => {
    register()
    await store.set(CONCURRENCY_SETTING, 4)
    await store.set(CONCURRENCY_SETTING, 12)
    await flushPromises()
    expect(concurrencyPosts()).toEqual([{ concurrency: 4 }, { concurrency: 8 }])
  })

  it('at startup sends only a value the user chose (the server has its own default)', async () => {
    register()
    await flushPromises()
    expect(concurrencyPosts()).toEqual([])
    register({ [CONCURRENCY_SETTING]: 3 })
    await flushPromises()
    expect(concurrencyPosts()).toEqual([{ concurrency: 3 }])
  })
})

describe('connections per file and the bandwidth limit', () => {
  const downloadPosts = () => api.calls.filter((call) => call.route === '/civitai/settings/downloads').map((call) => JSON.parse(call.init.body))

  it('send the connections as segments (Automatic is 0, at most 16)', async () => {
    register()
    await store.set(CONNECTIONS_SETTING, 8)
    await store.set(CONNECTIONS_SETTING, 0)
    await store.set(CONNECTIONS_SETTING, 40)
    await flushPromises()
    expect(downloadPosts()).toEqual([{ segments: 8 }, { segments: 0 }, { segments: 16 }])
  })

  it('send the limit typed in MB/s as bytes/s, 0 (or a negative) meaning no limit', async () => {
    register()
    await store.set(BANDWIDTH_SETTING, 2.5)
    await store.set(BANDWIDTH_SETTING, 0)
    await store.set(BANDWIDTH_SETTING, -3)
    await flushPromises()
    expect(downloadPosts()).toEqual([{ bandwidth_limit: 2_621_440 }, { bandwidth_limit: 0 }, { bandwidth_limit: 0 }])
  })

  it('at startup send only values the user chose (the server has its own defaults)', async () => {
    register()
    await flushPromises()
    expect(downloadPosts()).toEqual([])
    register({ [CONNECTIONS_SETTING]: 4, [BANDWIDTH_SETTING]: 10 })
    await flushPromises()
    expect(downloadPosts()).toEqual([{ segments: 4 }, { bandwidth_limit: 10_485_760 }])
  })

  it('say why in a toast when the server refuses a value', async () => {
    respondWith('/civitai/settings/downloads', { error: 'segments must be 0-16' }, 400)
    register()
    await store.set(CONNECTIONS_SETTING, 3)
    await flushPromises()
    expect(toast.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ description: 'segments must be 0-16' }))
  })
})
