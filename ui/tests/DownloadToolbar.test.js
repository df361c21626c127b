// Download All Missing, Cancel All and the missing count above a list of cards.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ResourceList from '../src/components/ResourceList.vue'
import { cardState, entryFromResource } from '../src/cards.js'
import { applyProgress, resetDownloadState, taskForTarget } from '../src/stores/downloadStore.js'
import { useCards } from '../src/useCards.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { batchTask, fileTask, resource } from './support/fixtures.js'
import { byTestId, mountWithPrimeVue } from './support/mount.js'
import { defineComponent, h } from 'vue'

const RESOURCES = {
  resolved: resource({ filename: 'a.safetensors', name: 'A' }),
  present: resource({ filename: 'b.safetensors', name: 'B', already_downloaded: true, local_path: 'b.safetensors' }),
  unresolved: resource({ filename: 'c.safetensors', name: 'C', resolved: false, url: null, reason: 'unknown hash' }),
  likely: resource({ filename: 'd.safetensors', name: 'D', needs_confirmation: true, confidence: 0.6 }),
  alsoResolved: resource({ filename: 'e.safetensors', name: 'E' }),
}

/** The list as a view shows it: cards computed from entries and the download store. */
function mountList(resources = Object.values(RESOURCES)) {
  const entries = resources.map(entryFromResource)
  const Host = defineComponent({
    setup() {
      const cards = useCards(() => entries, () => ({}))
      return () => h(ResourceList, { cards: cards.value })
    },
  })
  return mountWithPrimeVue(Host)
}

const batchBody = () => JSON.parse(api.calls.find((call) => call.route === '/civitai/download-all').init.body)

beforeEach(() => {
  resetApi()
  resetDownloadState()
  app.extensionManager = { toast: { success: vi.fn(), error: vi.fn() } }
  app.refreshComboInNodes = vi.fn()
})

afterEach(() => resetApp())

describe('Download All Missing', () => {
  it('takes only resolved, confident files that are not on disk', async () => {
    respondWith('/civitai/download-all', { task_id: 'b1' })
    const list = mountList()
    await byTestId(list, 'download-all').trigger('click')
    await flushPromises()

    expect(batchBody().resources.map((r) => r.filename)).toEqual(['a.safetensors', 'e.safetensors'])
    expect(batchBody().resources[0]).toEqual(RESOURCES.resolved) // sent back unchanged
  })

  it('becomes "Downloading… (X/Y)" and disabled while its batch runs, then comes back', async () => {
    respondWith('/civitai/download-all', { task_id: 'b1' })
    const list = mountList()
    await byTestId(list, 'download-all').trigger('click')
    await flushPromises()
    expect(byTestId(list, 'download-all').text()).toBe('Downloading… (0/2)')
    expect(byTestId(list, 'download-all').attributes('disabled')).toBeDefined()

    applyProgress(fileTask({ task_id: 't1', batch_id: 'b1', filename: 'a.safetensors', path: 'a.safetensors', status: 'completed' }))
    applyProgress(batchTask({ task_id: 'b1', completed_count: 1, total_count: 2 }))
    await flushPromises()
    expect(byTestId(list, 'download-all').text()).toBe('Downloading… (1/2)')

    applyProgress(batchTask({ task_id: 'b1', completed_count: 2, total_count: 2, status: 'completed' }))
    await flushPromises()
    expect(byTestId(list, 'download-all').text()).toBe('Download all · 1 model · 144.0 MB') // e is still missing
  })

  it('says before the click how many files and how many bytes it will fetch', () => {
    const big = resource({ filename: 'big.safetensors', size: 6_936_330_240 })
    const list = mountList([RESOURCES.resolved, big, RESOURCES.present])
    expect(byTestId(list, 'download-all').text()).toBe('Download all · 2 models · 6.60 GB')
  })

  it('lists blocked files apart, each with why, and does not count them', async () => {
    const early = resource({ filename: 'early.safetensors', size: 9_000_000_000, blocked: 'Early access until 2027-01-01' })
    respondWith('/civitai/download-all', { task_id: 'b1' })
    const list = mountList([RESOURCES.resolved, early])
    expect(byTestId(list, 'download-all').text()).toBe('Download all · 1 model · 144.0 MB')
    expect(byTestId(list, 'skipped-count').text()).toBe('1 left out of Download All')
    const row = list.get('[data-testid="skipped-file"][data-filename="early.safetensors"]')
    expect(row.text()).toContain('Early access until 2027-01-01')
    await byTestId(list, 'download-all').trigger('click')
    await flushPromises()
    expect(batchBody().resources.map((r) => r.filename)).toEqual(['a.safetensors'])
  })

  it('is not shown when nothing is missing', () => {
    const list = mountList([RESOURCES.present])
    expect(byTestId(list, 'download-all').exists()).toBe(false)
    expect(byTestId(list, 'missing-count').text()).toBe('Nothing missing')
  })

  it('is disabled when there is nothing it may take', () => {
    const list = mountList([RESOURCES.present, RESOURCES.unresolved, RESOURCES.likely])
    expect(byTestId(list, 'download-all').attributes('disabled')).toBeDefined()
  })

  it('follows a batch the page did not start (after a reload) through its items', async () => {
    const list = mountList()
    applyProgress(fileTask({ task_id: 't9', filename: 'e.safetensors', path: 'e.safetensors', status: 'waiting', downloaded_bytes: 0 }))
    applyProgress(batchTask({ task_id: 'b9', items: ['t9'], total_count: 1, status: 'waiting' }))
    await flushPromises()
    expect(byTestId(list, 'download-all').text()).toBe('Downloading… (0/1)')
  })
})

describe('the missing count', () => {
  it('drops as files complete', async () => {
    const list = mountList()
    expect(byTestId(list, 'missing-count').text()).toBe('4 missing')

    applyProgress(fileTask({ task_id: 't1', filename: 'a.safetensors', path: 'a.safetensors', status: 'downloading' }))
    applyProgress(fileTask({ task_id: 't1', filename: 'a.safetensors', path: 'a.safetensors', status: 'completed' }))
    await flushPromises()

    expect(byTestId(list, 'missing-count').text()).toBe('3 missing')
    expect(list.get('[data-filename="a.safetensors"]').attributes('data-state')).toBe('present')
  })
})

describe('Cancel All', () => {
  it('is offered only while something runs, and cancels everything', async () => {
    respondWith('/civitai/download-cancel', { cancelled: ['t1'] })
    const list = mountList()
    expect(byTestId(list, 'cancel-all').exists()).toBe(false)

    applyProgress(fileTask({ task_id: 't1', filename: 'a.safetensors', path: 'a.safetensors' }))
    await flushPromises()
    await byTestId(list, 'cancel-all').trigger('click')
    await flushPromises()

    expect(JSON.parse(api.calls.at(-1).init.body)).toEqual({ cancel_all: true })
  })

  it('a card Cancel cancels its own task', async () => {
    respondWith('/civitai/download-cancel', { cancelled: ['t1'] })
    const list = mountList()
    applyProgress(fileTask({ task_id: 't1', filename: 'a.safetensors', path: 'a.safetensors' }))
    await flushPromises()
    await list.get('[data-filename="a.safetensors"] [data-testid="card-cancel"]').trigger('click')
    await flushPromises()
    expect(JSON.parse(api.calls.at(-1).init.body)).toEqual({ task_id: 't1' })
  })
})

describe('Retry', () => {
  it('starts the file again as a new task', async () => {
    respondWith('/civitai/download', { task_id: 't2' })
    const list = mountList([RESOURCES.resolved])
    applyProgress(fileTask({ task_id: 't1', filename: 'a.safetensors', path: 'a.safetensors', status: 'downloading' }))
    applyProgress(fileTask({ task_id: 't1', filename: 'a.safetensors', path: 'a.safetensors', status: 'failed', error: 'Connection reset' }))
    await flushPromises()

    await byTestId(list, 'card-retry').trigger('click')
    await flushPromises()

    const key = entryFromResource(RESOURCES.resolved).key
    expect(taskForTarget(key).task_id).toBe('t2')
    expect(cardState(entryFromResource(RESOURCES.resolved), taskForTarget(key))).toBe('waiting')
  })
})
