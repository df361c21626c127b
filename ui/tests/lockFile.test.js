// "Export lock file" and "Verify a lock file" in the This workflow view, against the routes' contract
// (POST /civitai/lock, POST /civitai/verify), with the server's answers standing in for the routes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import WorkflowView from '../src/components/WorkflowView.vue'
import { resetDownloadState } from '../src/stores/downloadStore.js'
import { resetLockState } from '../src/stores/lockStore.js'
import { resetMissingState } from '../src/stores/missingStore.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { createGraphDouble, nodeDouble } from './support/graphDouble.js'
import { allByTestId, byTestId, mountWithPrimeVue } from './support/mount.js'

const SHA = (c) => c.repeat(64)

const LOCK = {
  schema: 'civitai-sidebar/models-lock@1',
  models: [
    {
      folder: 'checkpoints',
      name: 'dreamshaper_8.safetensors',
      sha256: SHA('a'),
      size: 2132625894,
      sources: [{ kind: 'civitai', model_version_id: 128713, file_id: 93176, model_id: 4384 }],
    },
    {
      folder: 'vae',
      name: 'ae.safetensors',
      sha256: SHA('b'),
      size: 335304388,
      sources: [{ kind: 'huggingface', repo: 'black-forest-labs/FLUX.1-schnell', revision: 'c'.repeat(40), path: 'ae.safetensors' }],
    },
  ],
  unpinned: [{ folder: 'loras', name: 'mystery.safetensors', reason: 'not on this machine and no source found by name' }],
}

const VERIFIED = {
  models: [
    { folder: 'checkpoints', name: 'dreamshaper_8.safetensors', sha256: SHA('a'), size: 2132625894, state: 'present', detail: null, path: 'dreamshaper_8.safetensors' },
    { folder: 'loras', name: 'detail.safetensors', sha256: SHA('d'), size: 151000000, state: 'missing', detail: null, path: null },
    {
      folder: 'vae',
      name: 'ae.safetensors',
      sha256: SHA('b'),
      size: 335304388,
      state: 'wrong',
      detail: 'its SHA-256 is 0f3c…, the lock says bbbb…',
      path: 'ae.safetensors',
    },
  ],
  summary: { present: 1, missing: 1, wrong: 1 },
  complete: false,
}

let graph
let toast
let saved

const posts = (route) => api.calls.filter((call) => call.route === route)

/** What the browser would save: each <a download> click with the Blob behind its URL. */
function watchSavedFiles() {
  const blobs = new Map()
  saved = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click() {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')) })
  })
}

async function mountView() {
  const view = mountWithPrimeVue(WorkflowView)
  await flushPromises()
  return view
}

async function pickFile(view, name, text) {
  const input = byTestId(view, 'lock-file-input')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

beforeEach(() => {
  resetApi()
  resetMissingState()
  resetDownloadState()
  resetLockState()
  graph = createGraphDouble()
  graph.nodes = [nodeDouble(4, 'CheckpointLoaderSimple', { widgets_values: ['dreamshaper_8.safetensors'] })]
  app.rootGraph = graph
  toast = { success: vi.fn(), warning: vi.fn(), error: vi.fn(), info: vi.fn() }
  app.extensionManager = { toast }
  respondWith('/civitai/missing', { models: [], custom_nodes: [], notes: [] })
  watchSavedFiles()
})

afterEach(() => {
  vi.restoreAllMocks()
  resetApp()
})

describe('Export lock file', () => {
  it('sends the open graph, saves the answer as models.lock.json (2-space JSON, final newline) and says what was not pinned and why', async () => {
    respondWith('/civitai/lock', { lock: LOCK, summary: { pinned: 2, unpinned: 1 } })
    const view = await mountView()

    await byTestId(view, 'lock-export').trigger('click')
    await flushPromises()

    expect(JSON.parse(posts('/civitai/lock')[0].init.body)).toEqual({ workflow: graph.serialize() })
    expect(saved.map((file) => file.name)).toEqual(['models.lock.json'])
    expect(await saved[0].blob.text()).toBe(`${JSON.stringify(LOCK, null, 2)}\n`)
    expect(saved[0].blob.type).toBe('application/json')
    expect(toast.warning).toHaveBeenCalledTimes(1)
    const [title, { description }] = toast.warning.mock.calls[0]
    expect(title).toBe('2 models pinned, 1 not')
    expect(description).toBe('Saved as models.lock.json.\nNot pinned:\nloras/mystery.safetensors: not on this machine and no source found by name')
  })

  it('says "1 model pinned" when every model is pinned', async () => {
    const lock = { ...LOCK, models: LOCK.models.slice(0, 1), unpinned: [] }
    respondWith('/civitai/lock', { lock, summary: { pinned: 1, unpinned: 0 } })
    const view = await mountView()

    await byTestId(view, 'lock-export').trigger('click')
    await flushPromises()

    expect(toast.success).toHaveBeenCalledWith('1 model pinned', expect.objectContaining({ description: 'Saved as models.lock.json.' }))
    expect(JSON.parse(await saved[0].blob.text())).toEqual(lock)
  })

  it('names the pinned models no source is known for: another machine cannot fetch them', async () => {
    const mine = { folder: 'loras', name: 'my-own.safetensors', sha256: SHA('e'), size: 1000, sources: [] }
    respondWith('/civitai/lock', { lock: { ...LOCK, models: [...LOCK.models, mine], unpinned: [] }, summary: { pinned: 3, unpinned: 0 } })
    const view = await mountView()

    await byTestId(view, 'lock-export').trigger('click')
    await flushPromises()

    const [title, { description }] = toast.success.mock.calls[0]
    expect(title).toBe('3 models pinned')
    expect(description).toBe('Saved as models.lock.json.\nPinned, but no source is known (another machine cannot fetch them):\nloras/my-own.safetensors')
  })

  it("gives each unpinned model's reason in the toast by its first sentence, cut short when long", async () => {
    const trail = "No download source found for loras/x.safetensors. Tried: Hugging Face's search for 'x' found nothing."
    const unpinned = [
      { folder: 'loras', name: 'x.safetensors', reason: trail },
      { folder: 'loras', name: 'y.safetensors', reason: 'w'.repeat(300) },
    ]
    respondWith('/civitai/lock', { lock: { ...LOCK, models: [], unpinned }, summary: { pinned: 0, unpinned: 2 } })
    const view = await mountView()

    await byTestId(view, 'lock-export').trigger('click')
    await flushPromises()

    const lines = toast.warning.mock.calls[0][1].description.split('\n')
    expect(lines.slice(2)).toEqual(['loras/x.safetensors: No download source found for loras/x.safetensors.', `loras/y.safetensors: ${'w'.repeat(159)}…`])
  })

  it('lists at most five unpinned models in the toast and counts the rest', async () => {
    const unpinned = Array.from({ length: 7 }, (_, i) => ({ folder: 'loras', name: `l${i}.safetensors`, reason: 'no source found' }))
    respondWith('/civitai/lock', { lock: { ...LOCK, models: [], unpinned }, summary: { pinned: 0, unpinned: 7 } })
    const view = await mountView()

    await byTestId(view, 'lock-export').trigger('click')
    await flushPromises()

    const [title, { description }] = toast.warning.mock.calls[0]
    expect(title).toBe('0 models pinned, 7 not')
    expect(description.split('\n')).toEqual([
      'Saved as models.lock.json.',
      'Not pinned:',
      ...unpinned.slice(0, 5).map((model) => `loras/${model.name}: no source found`),
      '…and 2 more',
    ])
  })

  it("shows the server's sentence in an error toast and saves nothing when the lock cannot be made", async () => {
    respondWith('/civitai/lock', { error: 'invalid request: workflow: the graph has no nodes' }, 400)
    const view = await mountView()

    await byTestId(view, 'lock-export').trigger('click')
    await flushPromises()

    expect(saved).toEqual([])
    expect(toast.error).toHaveBeenCalledWith('Could not export the lock file', expect.objectContaining({ description: 'invalid request: workflow: the graph has no nodes' }))
    expect(byTestId(view, 'lock-export').attributes('disabled')).toBeUndefined() // ready for another try
  })

  it('is disabled when no workflow is open', async () => {
    delete app.rootGraph
    const view = await mountView()
    expect(byTestId(view, 'lock-export').attributes('disabled')).toBeDefined()
  })
})

describe('Verify a lock file', () => {
  it("sends the picked file's lock and lists each model's state, problems first, with the summary and the realize command", async () => {
    respondWith('/civitai/verify', VERIFIED)
    const view = await mountView()

    await pickFile(view, 'farm.lock.json', JSON.stringify(LOCK))

    expect(JSON.parse(posts('/civitai/verify')[0].init.body)).toEqual({ lock: LOCK })
    expect(byTestId(view, 'lock-check').text()).toContain('Lock file farm.lock.json')
    const rows = allByTestId(view, 'lock-model').map((row) => [row.attributes('data-state'), `${row.attributes('data-folder')}/${row.attributes('data-name')}`])
    expect(rows).toEqual([
      ['wrong', 'vae/ae.safetensors'],
      ['missing', 'loras/detail.safetensors'],
      ['present', 'checkpoints/dreamshaper_8.safetensors'],
    ])
    expect(allByTestId(view, 'lock-model')[0].text()).toContain('its SHA-256 is 0f3c…, the lock says bbbb…')
    expect(byTestId(view, 'lock-check-summary').text()).toBe('1 present · 1 missing · 1 wrong')
    expect(byTestId(view, 'lock-check-realize').text()).toContain('civitai-sidebar realize farm.lock.json …')
    expect(byTestId(view, 'lock-check-error').exists()).toBe(false)
  })

  it('quotes a file name with spaces or quotes in the command, so that it pastes as one argument', async () => {
    respondWith('/civitai/verify', VERIFIED)
    const view = await mountView()

    await pickFile(view, "bob's farm.lock.json", JSON.stringify(LOCK))

    expect(byTestId(view, 'lock-check-realize').get('code').text()).toBe("civitai-sidebar realize 'bob'\\''s farm.lock.json' …")
  })

  it('says so in one line when the machine matches the lock, with no command to run', async () => {
    const present = VERIFIED.models.map((model) => ({ ...model, state: 'present', detail: null }))
    respondWith('/civitai/verify', { models: present, summary: { present: 3, missing: 0, wrong: 0 }, complete: true })
    const view = await mountView()

    await pickFile(view, 'models.lock.json', JSON.stringify(LOCK))

    expect(byTestId(view, 'lock-check-summary').text()).toBe('All 3 models are present and correct.')
    expect(byTestId(view, 'lock-check-summary').attributes('data-complete')).toBe('true')
    expect(byTestId(view, 'lock-check-realize').exists()).toBe(false)
  })

  it("shows the server's sentence inline for a bad lock file", async () => {
    const sentence = 'not a civitai-sidebar/models-lock@1 file: models.0.sha256: String should match pattern'
    respondWith('/civitai/verify', { error: sentence }, 400)
    const view = await mountView()

    await pickFile(view, 'broken.lock.json', JSON.stringify({ schema: 'civitai-sidebar/models-lock@1', models: [{ folder: 'vae' }] }))

    expect(byTestId(view, 'lock-check-error').text()).toBe(sentence)
    expect(allByTestId(view, 'lock-model')).toHaveLength(0)
    expect(byTestId(view, 'lock-check-summary').exists()).toBe(false)
  })

  it('says a file that is not JSON is not, without asking the server', async () => {
    const view = await mountView()

    await pickFile(view, 'notes.json', 'this is not json')

    expect(byTestId(view, 'lock-check-error').text()).toBe('notes.json is not a JSON file.')
    expect(posts('/civitai/verify')).toHaveLength(0)
  })

  it('keeps the answer across a re-mount of the sidebar, and Close takes it away', async () => {
    respondWith('/civitai/verify', VERIFIED)
    const first = await mountView()
    await pickFile(first, 'farm.lock.json', JSON.stringify(LOCK))
    first.unmount()

    const view = await mountView()
    expect(allByTestId(view, 'lock-model')).toHaveLength(3)
    await byTestId(view, 'lock-check-close').trigger('click')
    expect(byTestId(view, 'lock-check').exists()).toBe(false)
  })
})
