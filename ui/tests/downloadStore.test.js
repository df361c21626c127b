import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, emitServerEvent, resetApi, respondWith } from './doubles/comfyApi.js'
import {
  PROGRESS_EVENT,
  activeDownloadCount,
  applyProgress,
  batchProgress,
  downloadState,
  followDownloads,
  isAnythingRunning,
  isNewer,
  loadDownloads,
  resetDownloadState,
  runningBatchFor,
  startDownload,
  startDownloadAll,
  taskForTarget,
  trackDownloads,
} from '../src/stores/downloadStore.js'
import { targetKey } from '../src/cards.js'
import { GATHER_MS } from '../src/stores/downloadToasts.js'
import { batchTask, fileTask, resource } from './support/fixtures.js'

const KEY = targetKey('loras', '', 'detail.safetensors')
let toast

beforeEach(() => {
  resetDownloadState()
  resetApi()
  toast = { success: vi.fn(), error: vi.fn() }
  app.extensionManager = { toast }
  app.refreshComboInNodes = vi.fn()
})

afterEach(() => {
  vi.useRealTimers()
  resetApp()
})

describe('isNewer', () => {
  it('moves forward through the statuses, never back', () => {
    const at = (status, bytes = 0) => fileTask({ status, downloaded_bytes: bytes })
    expect(isNewer(at('downloading', 10), at('waiting'))).toBe(true)
    expect(isNewer(at('waiting'), at('downloading', 10))).toBe(false)
    expect(isNewer(at('downloading', 90), at('verifying', 100))).toBe(false)
    expect(isNewer(at('downloading', 100), at('completed', 100))).toBe(false)
    expect(isNewer(at('failed'), at('completed', 100))).toBe(false)
    expect(isNewer(at('cancelled'), at('downloading', 10))).toBe(true)
  })

  it('lets a resumed download follow the hashing of its leftover part', () => {
    expect(isNewer(fileTask({ status: 'downloading', downloaded_bytes: 5000 }), fileTask({ status: 'verifying', downloaded_bytes: 0 }))).toBe(true)
  })

  it('keeps the largest byte count within one status, and the most finished items of a batch', () => {
    expect(isNewer(fileTask({ downloaded_bytes: 10 }), fileTask({ downloaded_bytes: 20 }))).toBe(false)
    expect(isNewer(fileTask({ downloaded_bytes: 30 }), fileTask({ downloaded_bytes: 20 }))).toBe(true)
    expect(isNewer(batchTask({ completed_count: 1, downloaded_bytes: 5 }), batchTask({ completed_count: 0, downloaded_bytes: 9 }))).toBe(true)
    expect(isNewer(batchTask({ completed_count: 0, downloaded_bytes: 99 }), batchTask({ completed_count: 1, downloaded_bytes: 9 }))).toBe(false)
  })
})

describe('applyProgress', () => {
  it('applies events in order and ignores stale ones', () => {
    const events = [
      fileTask({ status: 'waiting', downloaded_bytes: 0, progress: 0 }),
      fileTask({ status: 'downloading', downloaded_bytes: 50, progress: 33 }),
      fileTask({ status: 'downloading', downloaded_bytes: 20, progress: 13 }), // late
      fileTask({ status: 'verifying', downloaded_bytes: 150, progress: 100 }),
      fileTask({ status: 'completed', downloaded_bytes: 150, progress: 100 }),
      fileTask({ status: 'downloading', downloaded_bytes: 120, progress: 80 }), // after completed: stale
    ]
    const applied = events.map(applyProgress)

    expect(applied).toEqual([true, true, false, true, true, false])
    expect(taskForTarget(KEY)).toMatchObject({ status: 'completed', downloaded_bytes: 150 })
  })

  it('a card follows the newest task for its file (a Retry is a new task)', () => {
    applyProgress(fileTask({ task_id: 'old', status: 'failed', error: 'network' }))
    applyProgress(fileTask({ task_id: 'new', status: 'downloading' }))
    expect(taskForTarget(KEY).task_id).toBe('new')
  })

  it('toasts a completion, once for files finishing together, and refreshes the loaders once', async () => {
    vi.useFakeTimers()
    applyProgress(fileTask({ task_id: 'a' }))
    applyProgress(fileTask({ task_id: 'a', status: 'completed', progress: 100 }))
    await vi.runAllTimersAsync()
    expect(toast.success).toHaveBeenCalledWith('Downloaded', expect.objectContaining({ description: 'loras/detail.safetensors' }))

    applyProgress(fileTask({ task_id: 'b', filename: 'b.safetensors', path: 'b.safetensors' }))
    applyProgress(fileTask({ task_id: 'c', filename: 'c.safetensors', path: 'c.safetensors' }))
    applyProgress(fileTask({ task_id: 'b', filename: 'b.safetensors', path: 'b.safetensors', status: 'completed', progress: 100 }))
    applyProgress(fileTask({ task_id: 'c', filename: 'c.safetensors', path: 'c.safetensors', status: 'completed', progress: 100 }))
    await vi.runAllTimersAsync()

    expect(toast.success).toHaveBeenCalledTimes(2)
    expect(toast.success).toHaveBeenLastCalledWith('2 models downloaded', expect.objectContaining({ description: 'loras/b.safetensors\nloras/c.safetensors' }))
    expect(app.refreshComboInNodes).toHaveBeenCalledTimes(2)
  })

  it('toasts a Download All batch once when it ends, with its failures, never per file', async () => {
    vi.useFakeTimers()
    const files = ['a', 'b', 'c'].map((id) => ({ task_id: id, batch_id: 'b1', filename: `${id}.safetensors`, path: `${id}.safetensors` }))
    applyProgress(batchTask({ task_id: 'b1', items: ['a', 'b', 'c'], total_count: 3, completed_count: 0, status: 'downloading' }))
    for (const file of files) applyProgress(fileTask(file))
    applyProgress(fileTask({ ...files[0], status: 'completed', progress: 100 }))
    applyProgress(fileTask({ ...files[1], status: 'completed', progress: 100 }))
    applyProgress(fileTask({ ...files[2], status: 'failed', error: 'Civitai answered 500' }))
    applyProgress(batchTask({ task_id: 'b1', items: ['a', 'b', 'c'], total_count: 3, completed_count: 2, status: 'failed' }))
    await vi.runAllTimersAsync()

    expect(toast.success).not.toHaveBeenCalled()
    expect(app.refreshComboInNodes).toHaveBeenCalledTimes(1) // once, when the batch ended (the host toasts each)
    expect(toast.error).toHaveBeenCalledTimes(1)
    expect(toast.error).toHaveBeenCalledWith('2 models downloaded, 1 failed', expect.objectContaining({ description: 'loras/c.safetensors: Civitai answered 500' }))
  })

  it("takes a failure's toast down when a Retry of that file succeeds", async () => {
    vi.useFakeTimers()
    toast.error.mockReturnValue('toast-1')
    toast.dismiss = vi.fn()
    applyProgress(fileTask({ task_id: 'first' }))
    applyProgress(fileTask({ task_id: 'first', status: 'failed', error: 'network' }))
    applyProgress(fileTask({ task_id: 'retry' }))
    applyProgress(fileTask({ task_id: 'retry', status: 'completed', progress: 100 }))
    expect(toast.dismiss).toHaveBeenCalledWith('toast-1')
  })

  it("counts a batch's finished files from their own states while the batch's counter lags (items stall)", () => {
    const batch = batchTask({ task_id: 'b1', items: ['a', 'b', 'c', 'd'], total_count: 4, completed_count: 0, status: 'downloading' })
    applyProgress(batch)
    for (const id of ['a', 'b']) applyProgress(fileTask({ task_id: id, batch_id: 'b1', filename: `${id}.safetensors`, path: `${id}.safetensors`, status: 'completed' }))
    for (const id of ['c', 'd']) applyProgress(fileTask({ task_id: id, batch_id: 'b1', filename: `${id}.safetensors`, path: `${id}.safetensors`, status: 'downloading' }))
    expect(batchProgress(downloadState.batches.b1)).toEqual({ done: 2, failed: 0, running: 2, total: 4 })
    expect(activeDownloadCount()).toBe(2)
  })

  it('follows the events for the page life once followDownloads ran, with or without a view, once each', async () => {
    vi.useFakeTimers()
    respondWith('/civitai/downloads', { tasks: [] })
    followDownloads()
    followDownloads()
    const stopView = trackDownloads() // the sidebar shown too: an event then arrives twice, changes state once
    emitServerEvent(PROGRESS_EVENT, fileTask({ task_id: 'a' }))
    emitServerEvent(PROGRESS_EVENT, fileTask({ task_id: 'a', status: 'completed', progress: 100 }))
    stopView()
    emitServerEvent(PROGRESS_EVENT, fileTask({ task_id: 'b', filename: 'other.safetensors', path: 'other.safetensors' }))
    emitServerEvent(PROGRESS_EVENT, fileTask({ task_id: 'b', filename: 'other.safetensors', path: 'other.safetensors', status: 'completed', progress: 100 }))

    await vi.runAllTimersAsync()
    expect(toast.success).toHaveBeenCalledTimes(1) // both files in one toast
    expect(app.refreshComboInNodes).toHaveBeenCalledTimes(1)
  })

  it('toasts a failure with its reason', () => {
    applyProgress(fileTask())
    applyProgress(fileTask({ status: 'failed', error: 'Civitai answered 401: add an API key.' }))
    expect(toast.error).toHaveBeenCalledWith('Download failed', expect.objectContaining({ description: 'loras/detail.safetensors: Civitai answered 401: add an API key.' }))
  })

  it('does not toast tasks that had already finished before the page saw them', () => {
    applyProgress(fileTask({ status: 'completed' }))
    expect(toast.success).not.toHaveBeenCalled()
  })
})

describe('GET /civitai/downloads', () => {
  it('restores running and finished tasks after a reload', async () => {
    respondWith('/civitai/downloads', {
      tasks: [fileTask({ task_id: 't1', status: 'downloading' }), fileTask({ task_id: 't2', filename: 'b.safetensors', path: 'b.safetensors', status: 'failed', error: 'x' })],
    })
    await loadDownloads()
    expect(taskForTarget(KEY).status).toBe('downloading')
    expect(taskForTarget(targetKey('loras', '', 'b.safetensors')).status).toBe('failed')
    expect(isAnythingRunning()).toBe(true)
  })

  it('keeps an event newer than the snapshot that answers after it', async () => {
    let answer
    respondWith('/civitai/downloads', () => new Promise((resolve) => (answer = resolve)))
    applyProgress(fileTask({ status: 'downloading', downloaded_bytes: 10 }))
    const loading = loadDownloads()
    applyProgress(fileTask({ status: 'completed', downloaded_bytes: 150 }))
    answer(Response.json({ tasks: [fileTask({ status: 'downloading', downloaded_bytes: 40 })] }))
    await loading
    expect(taskForTarget(KEY).status).toBe('completed')
  })

  it('drops running tasks the server no longer knows (it restarted)', async () => {
    applyProgress(fileTask({ status: 'downloading' }))
    respondWith('/civitai/downloads', { tasks: [] })
    await loadDownloads()
    expect(taskForTarget(KEY)).toBeNull()
  })

  it('a finish that happened while the sidebar was closed is toasted when it opens again', async () => {
    applyProgress(fileTask({ status: 'downloading' }))
    respondWith('/civitai/downloads', { tasks: [fileTask({ status: 'completed', progress: 100 })] })
    vi.useFakeTimers()
    await loadDownloads()
    await vi.advanceTimersByTimeAsync(GATHER_MS)
    expect(toast.success).toHaveBeenCalledTimes(1)
  })
})

describe('trackDownloads', () => {
  it('listens to progress events until stopped', async () => {
    respondWith('/civitai/downloads', { tasks: [] })
    const stop = trackDownloads()
    await flushPromises()
    emitServerEvent(PROGRESS_EVENT, fileTask({ downloaded_bytes: 10 }))
    stop()
    emitServerEvent(PROGRESS_EVENT, fileTask({ downloaded_bytes: 20 }))
    expect(taskForTarget(KEY).downloaded_bytes).toBe(10)
    expect(api.calls.map((call) => call.route)).toEqual(['/civitai/downloads'])
  })
})

describe('starting downloads', () => {
  it('Download shows the task as waiting at once and sends the resource unchanged', async () => {
    const lora = resource()
    respondWith('/civitai/download', { task_id: 'n1' })
    await startDownload(KEY, lora)
    expect(JSON.parse(api.calls[0].init.body)).toEqual({ resource: lora })
    expect(taskForTarget(KEY)).toMatchObject({ task_id: 'n1', status: 'waiting' })
  })

  it('a refused download becomes a failed card with the reason', async () => {
    respondWith('/civitai/download', { error: 'the file name must end in a model extension' }, 400)
    await startDownload(KEY, resource())
    expect(taskForTarget(KEY)).toMatchObject({ status: 'failed', error: 'the file name must end in a model extension' })
  })

  it('Download All sends one batch and follows it until it finishes', async () => {
    respondWith('/civitai/download-all', { task_id: 'b1' })
    await startDownloadAll([{ key: KEY, resource: resource() }])
    expect(runningBatchFor([KEY])).toMatchObject({ task_id: 'b1', status: 'waiting', total_count: 1 })
    applyProgress(batchTask({ task_id: 'b1', items: ['t1'], total_count: 1, completed_count: 1, status: 'completed' }))
    expect(runningBatchFor([KEY])).toBeNull()
    expect(Object.keys(downloadState.batches)).toEqual(['b1'])
  })
})
