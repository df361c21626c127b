// Generate Workflow: the missing-models dialog, POST /civitai/generate, then the host loads the
// API workflow, every node gets the size its content needs, and the graph is arranged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ImageView from '../src/components/ImageView.vue'
import { applyProgress, resetDownloadState } from '../src/stores/downloadStore.js'
import { loadImage, resetImageState } from '../src/stores/imageStore.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { createGraphDouble, loadApiJsonInto } from './support/graphDouble.js'
import { CHECKPOINT, fileTask, resolved, resource } from './support/fixtures.js'
import { byTestId, mountWithPrimeVue } from './support/mount.js'

const WORKFLOW = {
  4: { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'dreamshaper_8.safetensors' } },
  3: { class_type: 'KSampler', inputs: { model: ['4', 0], seed: 1234 } },
}
const GENERATED = { workflow: WORKFLOW, workflow_type: 'txt2img', node_count: 2, warnings: ['The VAE is not on Civitai: using the checkpoint VAE.'] }

let log
let graph

const onDisk = (fields) => resource({ ...fields, already_downloaded: true, local_path: fields.filename })
const ALL_PRESENT = [onDisk(CHECKPOINT), onDisk(resource())]

async function showImage(answer) {
  respondWith('/civitai/resolve', answer)
  await loadImage('4242')
  // real <transition>s: PrimeVue's Dialog takes its z-index when its enter transition starts
  const view = mountWithPrimeVue(ImageView, { attachTo: document.body, global: { stubs: { transition: false } } })
  await flushPromises()
  return view
}

const dialog = () => document.body.querySelector('[data-testid="generate-dialog"]')
const generatePosts = () => api.calls.filter((call) => call.route === '/civitai/generate').map((call) => JSON.parse(call.init.body))

beforeEach(() => {
  resetApi()
  resetImageState()
  resetDownloadState()
  log = []
  graph = createGraphDouble(log)
  app.rootGraph = graph
  app.loadApiJson = loadApiJsonInto(graph, log)
  respondWith('/civitai/generate', GENERATED)
})

afterEach(() => resetApp())

describe('Generate Workflow', () => {
  it('is disabled until an image with parameters is loaded', async () => {
    const view = await showImage(resolved({ meta_available: false, metadata: null }))
    expect(byTestId(view, 'generate-workflow').attributes('disabled')).toBeDefined()
  })

  it('loads the API workflow, then sizes every node to its content, then arranges the graph', async () => {
    const view = await showImage(resolved({ resources: ALL_PRESENT }))

    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()

    expect(dialog()).toBeNull() // nothing missing: no question asked
    expect(generatePosts()).toEqual([{ metadata: resolved().metadata, resources: ALL_PRESENT }])
    expect(app.loadApiJson).toHaveBeenCalledWith(WORKFLOW, 'civitai-4242')
    expect(log).toEqual(['loadApiJson', 'setSize 3', 'setSize 4', 'arrange'])
    // max(computeSize(), size): wider from the content, taller from the node
    expect(graph.nodes.map((node) => node.size)).toEqual([
      [220, 60],
      [220, 60],
    ])
    expect(byTestId(view, 'generate-status').text()).toContain('Workflow loaded · 2 nodes · txt2img')
    expect(byTestId(view, 'generate-status').text()).toContain('The VAE is not on Civitai')
  })

  it('refreshes the loaders first when a download just finished, so the host sees the file', async () => {
    app.extensionManager = { toast: { success: vi.fn() } }
    app.refreshComboInNodes = vi.fn(async () => log.push('refreshComboInNodes'))
    const view = await showImage(resolved({ resources: ALL_PRESENT }))
    applyProgress(fileTask())
    applyProgress(fileTask({ status: 'completed' })) // its refresh waits for more files to finish

    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()

    expect(log.slice(0, 2)).toEqual(['refreshComboInNodes', 'loadApiJson'])
  })

  it('asks first when models are missing; Cancel leaves the canvas alone', async () => {
    const view = await showImage(resolved())

    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()
    expect(dialog()).not.toBeNull()
    expect(dialog().textContent).toContain('DreamShaper')
    expect(dialog().textContent).toContain('loras/detail.safetensors')

    dialog().querySelector('[data-testid="generate-cancel"]').click()
    await flushPromises()
    expect(generatePosts()).toEqual([])
    expect(app.loadApiJson).not.toHaveBeenCalled()
  })

  it('Continue generates anyway', async () => {
    const view = await showImage(resolved())
    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()

    dialog().querySelector('[data-testid="generate-continue"]').click()
    await flushPromises()

    expect(app.loadApiJson).toHaveBeenCalledTimes(1)
    expect(byTestId(view, 'generate-status').text()).toContain('Workflow loaded · 2 nodes')
  })

  it('shows the dialog above the host: our PrimeVue counts z-indexes from 5000', async () => {
    const view = await showImage(resolved())
    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()
    const mask = dialog().parentElement
    expect(mask.classList.contains('civitai-sidebar')).toBe(true) // our scoped styles reach it
    expect(Number(mask.style.zIndex)).toBeGreaterThanOrEqual(5000)
  })

  it("shows the server's reason when it cannot build a workflow", async () => {
    respondWith('/civitai/generate', { error: 'no checkpoint among the resources: add one to generate a workflow' }, 400)
    const view = await showImage(resolved({ resources: [] }))
    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()
    expect(byTestId(view, 'generate-error').text()).toBe('no checkpoint among the resources: add one to generate a workflow')
    expect(app.loadApiJson).not.toHaveBeenCalled()
  })

  it('says so when the host refused the workflow (missing node types)', async () => {
    app.loadApiJson = vi.fn(async () => {}) // shows its own dialog, keeps the old graph
    const view = await showImage(resolved({ resources: ALL_PRESENT }))
    await byTestId(view, 'generate-workflow').trigger('click')
    await flushPromises()
    expect(byTestId(view, 'generate-error').text()).toBe('ComfyUI did not load the workflow (see its message).')
    expect(graph.arrange).not.toHaveBeenCalled()
  })
})

describe("the image's own workflow", () => {
  it('is offered only when the image carries one, and loads it as a graph', async () => {
    const plain = await showImage(resolved())
    expect(byTestId(plain, 'load-own-workflow').exists()).toBe(false)
    plain.unmount()

    const own = { nodes: [{ id: 1, type: 'KSampler' }], links: [] }
    app.loadGraphData = vi.fn(async () => {
      graph.nodes = [{ id: 1, type: 'KSampler' }]
    })
    const view = await showImage(resolved({ comfy_workflow: { workflow: own, prompt: null, resources: [] } }))
    await byTestId(view, 'load-own-workflow').trigger('click')
    await flushPromises()

    expect(app.loadGraphData).toHaveBeenCalledWith(own, true, true, `civitai-${resolved().image.id}`)
    expect(byTestId(view, 'generate-status').text()).toContain("Image's workflow loaded · 1 node")
  })
})
