// The Downloads view: every task with bytes, speed and time left; Cancel, Retry and Copy path; sizes in the
// unit a file manager would pick.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DownloadsView from '../src/components/DownloadsView.vue'
import { fileRows } from '../src/downloadRows.js'
import { formatBytes, formatDuration, formatSpeed } from '../src/format.js'
import { applyProgress, downloadState, resetDownloadState } from '../src/stores/downloadStore.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { batchTask, fileTask } from './support/fixtures.js'
import { allByTestId, byTestId, mountWithPrimeVue } from './support/mount.js'

beforeEach(() => {
  resetApi()
  resetDownloadState()
  app.extensionManager = { toast: { success: vi.fn(), error: vi.fn() } }
  app.refreshComboInNodes = vi.fn()
})

afterEach(() => resetApp())

const row = (view, id) => view.get(`[data-testid="download-row"][data-task-id="${id}"]`)
const lastBody = () => JSON.parse(api.calls.at(-1).init.body)

describe('sizes, speeds and times', () => {
  it('pick the unit a file manager would', () => {
    expect(formatBytes(6_936_330_240)).toBe('6.46 GB') // not "6615.0 MB"
    expect(formatBytes(151_000_000)).toBe('144.0 MB')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(512)).toBe('512 B')
    expect(formatSpeed(12_900_000)).toBe('12.3 MB/s')
    expect([formatDuration(45), formatDuration(130), formatDuration(3840)]).toEqual(['45 s', '2 min 10 s', '1 h 04 min'])
  })
})

describe('the order of the rows', () => {
  it('puts running files first, the queue in its order, then ended ones newest first', () => {
    applyProgress(fileTask({ task_id: 'done-old', status: 'completed', path: 'o.safetensors', filename: 'o.safetensors' }))
    applyProgress(fileTask({ task_id: 'queued', status: 'waiting', path: 'q.safetensors', filename: 'q.safetensors' }))
    applyProgress(fileTask({ task_id: 'running', status: 'downloading', path: 'r.safetensors', filename: 'r.safetensors' }))
    applyProgress(fileTask({ task_id: 'failed-new', status: 'failed', path: 'f.safetensors', filename: 'f.safetensors' }))
    expect(fileRows(downloadState.files, downloadState.latestByTarget).rows.map((task) => task.task_id)).toEqual(['running', 'queued', 'failed-new', 'done-old'])
    expect(fileRows(downloadState.files, downloadState.latestByTarget, 2).hidden).toBe(2)
  })
})

describe('the Downloads view', () => {
  it('shows a running file with bytes, speed and time left, and Cancel cancels it', async () => {
    respondWith('/civitai/download-cancel', { cancelled: ['t1'] })
    applyProgress(fileTask({ task_id: 't1', location: 'loras/detail.safetensors', speed: 12_900_000, eta_seconds: 6 }))
    const view = mountWithPrimeVue(DownloadsView)
    await flushPromises()
    expect(byTestId(view, 'downloads-summary').text()).toBe('1 downloading · 12.3 MB/s')
    expect(row(view, 't1').find('[data-testid="download-row-bytes"]').text()).toBe('72.0 MB of 144.0 MB')
    expect(row(view, 't1').find('[data-testid="download-row-speed"]').text()).toBe('12.3 MB/s')
    expect(row(view, 't1').find('[data-testid="download-row-eta"]').text()).toBe('6 s left')
    expect(row(view, 't1').find('[data-testid="download-row-path"]').text()).toBe('loras/detail.safetensors')
    await row(view, 't1').get('[data-testid="download-row-cancel"]').trigger('click')
    await flushPromises()
    expect(lastBody()).toEqual({ task_id: 't1' })
  })

  it('retries a failed file by its task id and shows the new task waiting', async () => {
    respondWith('/civitai/download-retry', { task_id: 't2' })
    applyProgress(fileTask({ task_id: 't1', status: 'failed', error: 'Connection reset', retryable: true }))
    const view = mountWithPrimeVue(DownloadsView)
    await flushPromises()
    expect(row(view, 't1').find('[data-testid="download-row-error"]').text()).toBe('Connection reset')
    await row(view, 't1').get('[data-testid="download-row-retry"]').trigger('click')
    await flushPromises()
    expect(api.calls.at(-1).route).toBe('/civitai/download-retry')
    expect(lastBody()).toEqual({ task_id: 't1' })
    expect(row(view, 't2').attributes('data-status')).toBe('waiting')
    // The failed attempt is replaced by the new one for the same file: one row per file.
    expect(allByTestId(view, 'download-row').map((r) => r.attributes('data-task-id'))).toEqual(['t2'])
  })

  it('offers no Retry where it cannot help (the source refuses the file for good)', async () => {
    applyProgress(fileTask({ task_id: 't1', status: 'failed', error: 'This model was archived', retryable: false }))
    const view = mountWithPrimeVue(DownloadsView)
    await flushPromises()
    expect(row(view, 't1').find('[data-testid="download-row-retry"]').exists()).toBe(false)
  })

  it('copies the path ComfyUI shows for the file', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    vi.stubGlobal('isSecureContext', true)
    applyProgress(fileTask({ task_id: 't1', status: 'completed', location: 'loras/styles/detail.safetensors' }))
    const view = mountWithPrimeVue(DownloadsView)
    await flushPromises()
    await row(view, 't1').get('[data-testid="download-row-copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('loras/styles/detail.safetensors')
    expect(row(view, 't1').get('[data-testid="download-row-copied"]').text()).toBe('Copied: loras/styles/detail.safetensors')
    vi.unstubAllGlobals()
  })

  it('lists a Download All with its counts, and retries its failed files after it ended', async () => {
    respondWith('/civitai/download-retry', { task_id: 'b2' })
    applyProgress(batchTask({ task_id: 'b1', status: 'failed', completed_count: 3, failed_count: 1, total_count: 4, retryable: true }))
    const view = mountWithPrimeVue(DownloadsView)
    await flushPromises()
    const batch = view.get('[data-testid="download-batch"][data-task-id="b1"]')
    expect(batch.get('[data-testid="download-batch-title"]').text()).toBe('3 of 4 files done')
    expect(batch.text()).toContain('1 failed')
    await batch.get('[data-testid="download-batch-retry"]').trigger('click')
    await flushPromises()
    expect(lastBody()).toEqual({ task_id: 'b1' })
  })

  it('says so when there is nothing yet', () => {
    const view = mountWithPrimeVue(DownloadsView)
    expect(byTestId(view, 'downloads-empty').exists()).toBe(true)
    expect(byTestId(view, 'downloads-summary').text()).toBe('Nothing downloading')
  })
})
