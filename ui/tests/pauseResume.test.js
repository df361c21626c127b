// Pause and Resume (one file, one Download All, everything) and what a row shows meanwhile: "Paused" with the
// bytes it keeps, no speed or time left; the connections a file downloads over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DownloadsView from '../src/components/DownloadsView.vue'
import ResourceList from '../src/components/ResourceList.vue'
import { cardState, entryFromResource } from '../src/cards.js'
import { fileRows } from '../src/downloadRows.js'
import { activeDownloadCount, applyProgress, downloadState, isAnythingRunning, isNewer, pauseCounts, resetDownloadState } from '../src/stores/downloadStore.js'
import { useCards } from '../src/useCards.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { batchTask, fileTask, resource } from './support/fixtures.js'
import { byTestId, mountWithPrimeVue } from './support/mount.js'
import { defineComponent, h } from 'vue'

let toast

beforeEach(() => {
  resetApi()
  resetDownloadState()
  toast = { success: vi.fn(), error: vi.fn() }
  app.extensionManager = { toast }
  app.refreshComboInNodes = vi.fn()
})

afterEach(() => resetApp())

const row = (view, id) => view.get(`[data-testid="download-row"][data-task-id="${id}"]`)
const has = (wrapper, testId) => wrapper.find(`[data-testid="${testId}"]`).exists()
const posts = (route) => api.calls.filter((call) => call.route === route).map((call) => JSON.parse(call.init.body))

async function mountView() {
  const view = mountWithPrimeVue(DownloadsView)
  await flushPromises()
  return view
}

describe('the state of a paused download', () => {
  it('follows pause and resume both ways, never losing bytes', () => {
    const at = (status, bytes) => fileTask({ status, downloaded_bytes: bytes })
    expect(isNewer(at('paused', 500), at('downloading', 500))).toBe(true)
    expect(isNewer(at('paused', 0), at('waiting', 0))).toBe(true)
    expect(isNewer(at('waiting', 500), at('paused', 500))).toBe(true) // resumed: back in the queue
    expect(isNewer(at('downloading', 600), at('paused', 500))).toBe(true)
    expect(isNewer(at('paused', 400), at('downloading', 500))).toBe(false) // an older snapshot
    expect(isNewer(at('paused', 500), at('completed', 900))).toBe(false)
    expect(isNewer(at('cancelled', 500), at('paused', 500))).toBe(true)
  })

  it('counts as unfinished (Cancel All stays) but not in the tab badge of what is downloading', () => {
    applyProgress(fileTask({ task_id: 't1', status: 'paused' }))
    expect(isAnythingRunning()).toBe(true)
    expect(activeDownloadCount()).toBe(0)
    expect(pauseCounts()).toEqual({ pausable: 0, paused: 1 })
    applyProgress(fileTask({ task_id: 't2', status: 'waiting', path: 'b.safetensors', filename: 'b.safetensors' }))
    expect(pauseCounts()).toEqual({ pausable: 1, paused: 1 })
  })

  it('is listed after the queue, before the ended files', () => {
    applyProgress(fileTask({ task_id: 'done', status: 'completed', path: 'd.safetensors', filename: 'd.safetensors' }))
    applyProgress(fileTask({ task_id: 'paused', status: 'paused', path: 'p.safetensors', filename: 'p.safetensors' }))
    applyProgress(fileTask({ task_id: 'queued', status: 'waiting', path: 'q.safetensors', filename: 'q.safetensors' }))
    applyProgress(fileTask({ task_id: 'running', status: 'downloading', path: 'r.safetensors', filename: 'r.safetensors' }))
    expect(fileRows(downloadState.files, downloadState.latestByTarget).rows.map((task) => task.task_id)).toEqual(['running', 'queued', 'paused', 'done'])
  })
})

describe('a file row', () => {
  it('offers Pause while downloading, then shows Paused with its bytes and no speed or time left', async () => {
    respondWith('/civitai/download-pause', { paused: ['t1'] })
    applyProgress(fileTask({ task_id: 't1', speed: 12_900_000, eta_seconds: 6 }))
    const view = await mountView()
    expect(has(row(view, 't1'), 'download-row-resume')).toBe(false)
    await row(view, 't1').get('[data-testid="download-row-pause"]').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-pause')).toEqual([{ task_id: 't1' }])

    applyProgress(fileTask({ task_id: 't1', status: 'paused', speed: 0, eta_seconds: null }))
    await flushPromises()
    expect(row(view, 't1').attributes('data-status')).toBe('paused')
    expect(row(view, 't1').get('[data-testid="download-row-status"]').text()).toBe('Paused')
    expect(row(view, 't1').get('[data-testid="download-row-bytes"]').text()).toBe('72.0 MB of 144.0 MB')
    expect(has(row(view, 't1'), 'download-row-speed')).toBe(false)
    expect(has(row(view, 't1'), 'download-row-eta')).toBe(false)
    expect(has(row(view, 't1'), 'download-row-pause')).toBe(false)
    expect(has(row(view, 't1'), 'download-row-cancel')).toBe(true)
    expect(has(row(view, 't1'), 'download-row-retry')).toBe(false)
    expect(byTestId(view, 'downloads-summary').text()).toBe('1 paused')
  })

  it('resumes a paused file by its task id', async () => {
    respondWith('/civitai/download-resume', { resumed: ['t1'] })
    applyProgress(fileTask({ task_id: 't1', status: 'paused' }))
    const view = await mountView()
    await row(view, 't1').get('[data-testid="download-row-resume"]').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-resume')).toEqual([{ task_id: 't1' }])
  })

  it('offers Pause to a queued file, but not to one whose hash is being checked', async () => {
    applyProgress(fileTask({ task_id: 'q', status: 'waiting', path: 'q.safetensors', filename: 'q.safetensors' }))
    applyProgress(fileTask({ task_id: 'v', status: 'verifying', path: 'v.safetensors', filename: 'v.safetensors' }))
    const view = await mountView()
    expect(has(row(view, 'q'), 'download-row-pause')).toBe(true)
    expect(has(row(view, 'v'), 'download-row-pause')).toBe(false)
  })

  it('says why when the server refuses (the file finished meanwhile)', async () => {
    respondWith('/civitai/download-pause', { error: 'This download has already finished.' }, 409)
    applyProgress(fileTask({ task_id: 't1' }))
    const view = await mountView()
    await row(view, 't1').get('[data-testid="download-row-pause"]').trigger('click')
    await flushPromises()
    expect(toast.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ description: 'This download has already finished.' }))
  })

  it('shows the connections of a segmented download, and nothing for one stream', async () => {
    applyProgress(fileTask({ task_id: 'seg', connections: 8, eta_seconds: 6 }))
    applyProgress(fileTask({ task_id: 'one', connections: 1, path: 'o.safetensors', filename: 'o.safetensors' }))
    applyProgress(fileTask({ task_id: 'held', status: 'paused', connections: 0, path: 'h.safetensors', filename: 'h.safetensors' }))
    const view = await mountView()
    expect(row(view, 'seg').get('[data-testid="download-row-connections"]').text()).toBe('8 connections')
    expect(row(view, 'seg').get('[data-testid="download-row-eta"]').text()).toBe('6 s left')
    expect(has(row(view, 'one'), 'download-row-connections')).toBe(false)
    expect(has(row(view, 'held'), 'download-row-connections')).toBe(false)
  })
})

describe('a Download All row', () => {
  it('pauses the whole batch, and offers Resume once it is paused', async () => {
    respondWith('/civitai/download-pause', { paused: ['t1', 't2'] })
    applyProgress(batchTask({ task_id: 'b1' }))
    applyProgress(fileTask({ task_id: 't1', batch_id: 'b1' }))
    applyProgress(fileTask({ task_id: 't2', batch_id: 'b1', status: 'waiting', path: 'b.safetensors', filename: 'b.safetensors' }))
    const view = await mountView()
    const batch = () => view.get('[data-testid="download-batch"]')
    expect(has(batch(), 'download-batch-resume')).toBe(false)
    await batch().get('[data-testid="download-batch-pause"]').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-pause')).toEqual([{ task_id: 'b1' }])

    applyProgress(fileTask({ task_id: 't1', batch_id: 'b1', status: 'paused' }))
    applyProgress(fileTask({ task_id: 't2', batch_id: 'b1', status: 'paused', path: 'b.safetensors', filename: 'b.safetensors' }))
    applyProgress(batchTask({ task_id: 'b1', status: 'paused', speed: 0, eta_seconds: null }))
    await flushPromises()
    expect(has(batch(), 'download-batch-pause')).toBe(false)
    await batch().get('[data-testid="download-batch-resume"]').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-resume')).toEqual([{ task_id: 'b1' }])
  })

  it('offers both while one of its files is paused and another downloads', async () => {
    applyProgress(batchTask({ task_id: 'b1' }))
    applyProgress(fileTask({ task_id: 't1', batch_id: 'b1' }))
    applyProgress(fileTask({ task_id: 't2', batch_id: 'b1', status: 'paused', path: 'b.safetensors', filename: 'b.safetensors' }))
    const view = await mountView()
    const batch = view.get('[data-testid="download-batch"]')
    expect([has(batch, 'download-batch-pause'), has(batch, 'download-batch-resume')]).toEqual([true, true])
  })
})

describe('Pause all and Resume all', () => {
  it('in the Downloads view: Pause all while something runs, Resume all while something is paused', async () => {
    respondWith('/civitai/download-pause', { paused: ['t1'] })
    respondWith('/civitai/download-resume', { resumed: ['t1'] })
    applyProgress(fileTask({ task_id: 't1' }))
    const view = await mountView()
    expect(has(view, 'downloads-resume-all')).toBe(false)
    await byTestId(view, 'downloads-pause-all').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-pause')).toEqual([{ all: true }])

    applyProgress(fileTask({ task_id: 't1', status: 'paused' }))
    await flushPromises()
    expect(has(view, 'downloads-pause-all')).toBe(false)
    expect(has(view, 'downloads-cancel-all')).toBe(true)
    await byTestId(view, 'downloads-resume-all').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-resume')).toEqual([{ all: true }])
  })

  it('above a list of cards, next to Cancel All; a paused card says so and resumes', async () => {
    respondWith('/civitai/download-resume', { resumed: ['t1'] })
    const entries = [entryFromResource(resource())]
    const Host = defineComponent({
      setup() {
        const cards = useCards(() => entries, () => ({}))
        return () => h(ResourceList, { cards: cards.value })
      },
    })
    applyProgress(fileTask({ task_id: 't1', status: 'paused' }))
    const list = mountWithPrimeVue(Host)
    await flushPromises()
    expect(cardState(entries[0], downloadState.files.t1)).toBe('paused')
    expect(has(list, 'pause-all')).toBe(false)
    expect(has(list, 'cancel-all')).toBe(true)
    expect(byTestId(list, 'card-paused').text()).toBe('Paused · 72.0 / 144.0 MB')
    await byTestId(list, 'resume-all').trigger('click')
    await byTestId(list, 'card-resume').trigger('click')
    await flushPromises()
    expect(posts('/civitai/download-resume')).toEqual([{ all: true }, { task_id: 't1' }])
  })
})
