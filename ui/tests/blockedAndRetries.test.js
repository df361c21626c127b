// Issue 9, failure 9: a file its source refuses is shown blocked with the reason and left out of
// Download All; Retry is offered only where it can help; the engine's own retries show as they happen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { defineComponent, h, nextTick } from 'vue'
import ResourceCard from '../src/components/ResourceCard.vue'
import ResourceList from '../src/components/ResourceList.vue'
import { canRetry, cardState, entryFromMissingModel, entryFromResource, isDownloadAllCandidate } from '../src/cards.js'
import { applyKeyStatus, loadHealth, resetHealthState } from '../src/healthStore.js'
import { locale } from '../src/i18n.js'
import { applyProgress, resetDownloadState } from '../src/stores/downloadStore.js'
import { useCards } from '../src/useCards.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { fileTask, resource } from './support/fixtures.js'
import { byTestId, mountWithPrimeVue } from './support/mount.js'

const EARLY = 'This model is in Early Access on Civitai until 2099-01-01 00:00 UTC: it can be downloaded there with Buzz, or after that.'
const ARCHIVED = 'The creator archived this model on Civitai; it can no longer be downloaded.'

const early = resource({ filename: 'early.safetensors', name: 'Early', blocked: EARLY, early_access_ends_at: '2099-01-01T00:00:00.000Z' })
const archived = resource({ filename: 'old.safetensors', name: 'Old', resolved: false, url: null, reason: ARCHIVED, blocked: ARCHIVED })
const fine = resource({ filename: 'fine.safetensors', name: 'Fine' })

function renderCard(res, state, task = null) {
  return mountWithPrimeVue(ResourceCard, { props: { entry: entryFromResource(res), task, state } })
}

function mountList(resources) {
  const entries = resources.map(entryFromResource)
  const Host = defineComponent({
    setup() {
      const cards = useCards(() => entries, () => ({}))
      return () => h(ResourceList, { cards: cards.value })
    },
  })
  return mountWithPrimeVue(Host)
}

beforeEach(() => {
  resetApi()
  resetDownloadState()
  resetHealthState()
  app.extensionManager = { toast: { success: vi.fn(), error: vi.fn() } }
  app.refreshComboInNodes = vi.fn()
})

afterEach(() => {
  resetApp()
  locale.value = 'en'
  vi.useRealTimers()
})

describe('a blocked file', () => {
  it('is its own state, after what a task or the disk says', () => {
    expect(cardState(entryFromResource(early), null)).toBe('blocked')
    expect(cardState(entryFromResource(archived), null)).toBe('blocked')
    expect(cardState(entryFromResource({ ...early, already_downloaded: true, local_path: 'early.safetensors' }), null)).toBe('present')
    expect(cardState(entryFromResource(early), fileTask({ status: 'failed' }))).toBe('failed')
    const gated = entryFromMissingModel({
      reference: { name: 'ae.safetensors', folder: 'vae', node_id: '1', node_type: 'VAELoader' },
      status: 'missing',
      resource: resource({ folder: 'vae', filename: 'ae.safetensors', resolved: false, blocked: 'black-forest-labs/FLUX.1-dev is a gated Hugging Face repository' }),
    })
    expect(cardState(gated, null)).toBe('blocked')
  })

  it('shows the reason (early access: the date) instead of a Download button', () => {
    const card = renderCard(early, 'blocked')
    expect(byTestId(card, 'card-blocked').text()).toBe(EARLY)
    expect(card.text()).toContain('2099-01-01')
    expect(byTestId(card, 'card-download').exists()).toBe(false)
    expect(byTestId(card, 'card-retry').exists()).toBe(false)
    expect(card.text().match(/2099-01-01/g)).toHaveLength(1) // the reason says it; no second hint
  })

  it('is never sent by Download All, and the toolbar says how many were skipped and why', async () => {
    respondWith('/civitai/download-all', { task_id: 'b1', skipped: [] })
    const list = mountList([fine, early, archived])
    expect(byTestId(list, 'skipped-count').text()).toContain('2 left out of Download All')
    expect(byTestId(list, 'skipped-count').attributes('title')).toContain(`early.safetensors: ${EARLY}`)
    await byTestId(list, 'download-all').trigger('click')
    await flushPromises()
    const body = JSON.parse(api.calls.find((call) => call.route === '/civitai/download-all').init.body)
    expect(body.resources.map((r) => r.filename)).toEqual(['fine.safetensors'])
  })

  it('leaves Download All disabled when every missing file is blocked', () => {
    const list = mountList([early, archived])
    expect(byTestId(list, 'download-all').attributes('disabled')).toBeDefined()
  })
})

describe('Retry', () => {
  it('is offered when the server says a retry can help, or says nothing (an older server)', () => {
    expect(canRetry(fileTask({ status: 'failed', retryable: true }))).toBe(true)
    expect(canRetry(fileTask({ status: 'failed' }))).toBe(true)
    expect(canRetry(fileTask({ status: 'failed', retryable: false }))).toBe(false)
    expect(canRetry(fileTask({ status: 'downloading', retryable: true }))).toBe(false)
  })

  it('is not offered for a permanent failure, which Download All leaves out too', async () => {
    const gone = fileTask({ status: 'failed', retryable: false, error: 'Civitai has no file at this link (404).' })
    const card = renderCard(fine, 'failed', gone)
    expect(byTestId(card, 'card-error').text()).toContain('404')
    expect(byTestId(card, 'card-retry').exists()).toBe(false)
    expect(isDownloadAllCandidate('failed', gone)).toBe(false)

    const list = mountList([fine])
    applyProgress(fileTask({ task_id: 't1', filename: 'fine.safetensors', path: 'fine.safetensors', status: 'failed', retryable: false, error: 'gone' }))
    await flushPromises()
    expect(byTestId(list, 'download-all').attributes('disabled')).toBeDefined()
    expect(byTestId(list, 'skipped-count').attributes('title')).toBe('fine.safetensors: gone')
  })

  it('after "needs a key" appears once the key is set', async () => {
    respondWith('/civitai/health', { version: '1', api: {}, keys: { civitai: false, huggingface: false } })
    await loadHealth()
    const task = fileTask({ status: 'failed', retryable: false, needs_key: 'civitai', error: 'Civitai says this model needs an API key: add one in Settings → Civitai.' })
    const card = renderCard(fine, 'failed', task)
    expect(byTestId(card, 'card-retry').exists()).toBe(false)
    expect(byTestId(card, 'card-error').text()).toContain('Settings → Civitai. Retry appears once the key is set.')
    applyKeyStatus({ civitai: true, huggingface: false })
    await nextTick()
    expect(byTestId(card, 'card-retry').exists()).toBe(true)
    expect(byTestId(card, 'card-error').text()).not.toContain('Retry appears')
  })
})

describe('a retry the engine waits for', () => {
  it('shows "retrying in 8 s, 2 of 6" and counts down, then the bytes again', async () => {
    vi.useFakeTimers()
    const waiting = fileTask({ retry: { attempt: 2, of: 6, in_seconds: 8 } })
    const card = renderCard(fine, 'downloading', waiting)
    expect(byTestId(card, 'card-retrying').text()).toBe('retrying in 8 s, 2 of 6')
    expect(byTestId(card, 'card-bytes').exists()).toBe(false)
    vi.advanceTimersByTime(3000)
    await nextTick()
    expect(byTestId(card, 'card-retrying').text()).toBe('retrying in 5 s, 2 of 6')
    await card.setProps({ task: fileTask({ retry: null }) })
    expect(byTestId(card, 'card-retrying').exists()).toBe(false)
    expect(byTestId(card, 'card-bytes').exists()).toBe(true)
  })

  it('speaks Chinese too', () => {
    locale.value = 'zh'
    const card = renderCard(fine, 'downloading', fileTask({ retry: { attempt: 3, of: 6, in_seconds: 2 } }))
    expect(byTestId(card, 'card-retrying').text()).toBe('2 秒后重试，第 3/6 次')
  })
})
