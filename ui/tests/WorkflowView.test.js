// "This workflow": the open graph's missing models, re-checked when the workflow changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import WorkflowView from '../src/components/WorkflowView.vue'
import { announceGraphLoaded } from '../src/host.ts'
import { applyProgress, resetDownloadState } from '../src/stores/downloadStore.js'
import { RECHECK_DELAY_MS, SWITCH_CHECK_DELAY_MS, followWorkflowSwitches, modelSignature, resetMissingState } from '../src/stores/missingStore.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, emitServerEvent, resetApi, respondWith } from './doubles/comfyApi.js'
import { createGraphDouble, nodeDouble } from './support/graphDouble.js'
import { resource } from './support/fixtures.js'
import { focusModels, modelFocus } from '../src/stores/viewStore.js'
import { allByTestId, byTestId, mountWithPrimeVue } from './support/mount.js'

const ref = (name, folder, extra = {}) => ({ name, folder, folder_evidence: 'object_info', node_id: '4', node_type: 'CheckpointLoaderSimple', ...extra })

const MISSING = {
  models: [
    { reference: ref('present.safetensors', 'checkpoints'), status: 'present', local_path: 'present.safetensors', found_elsewhere: null, message: null, resource: null },
    {
      reference: ref('lora.safetensors', 'loras'),
      status: 'missing',
      local_path: null,
      found_elsewhere: null,
      message: null,
      resource: resource({ filename: 'lora.safetensors', name: 'lora.safetensors' }),
    },
    {
      reference: ref('flux1-dev.safetensors', 'diffusion_models'),
      status: 'elsewhere',
      local_path: null,
      found_elsewhere: 'checkpoints/flux1-dev.safetensors',
      message: 'found in checkpoints/, this loader reads diffusion_models/',
      resource: null,
    },
    {
      reference: ref('mystery.pt', 'upscale_models'),
      status: 'missing',
      local_path: null,
      found_elsewhere: null,
      message: null,
      resource: resource({ folder: 'upscale_models', filename: 'mystery.pt', kind: 'upscaler', resolved: false, url: null, reason: 'no source found by name' }),
    },
  ],
  custom_nodes: [
    { type: 'SuperSampler', pack: null, version: null, core: false, message: 'Which pack provides this node type is unknown.' },
    { type: 'EmptyQwenImageLayeredLatentImage', pack: 'comfy-core', version: '0.8.2', core: true, message: 'Update ComfyUI.' },
    { type: 'ImpactWildcardProcessor', pack: 'comfyui-impact-pack', version: '8.22.2', core: false, message: 'From comfyui-impact-pack.' },
    { type: 'VideoDepthAnythingProcess', pack: 'yuvraj108c/ComfyUI-Video-Depth-Anything', version: 'a0db08e63d1ea571601c', core: false, message: '' },
  ],
  notes: ['Node 12 is muted.'],
}

let graph

const missingPosts = () => api.calls.filter((call) => call.route === '/civitai/missing')
const mountView = () => mountWithPrimeVue(WorkflowView)

beforeEach(() => {
  vi.useFakeTimers()
  resetApi()
  resetMissingState()
  resetDownloadState()
  graph = createGraphDouble()
  graph.nodes = [nodeDouble(4, 'CheckpointLoaderSimple', { widgets_values: ['present.safetensors'] })]
  app.rootGraph = graph
  respondWith('/civitai/missing', MISSING)
})

afterEach(() => {
  vi.useRealTimers()
  resetApp()
  modelFocus.value = { names: [], at: 0 }
})

describe('This workflow', () => {
  it('sends the serialized open graph and shows one card per model, missing ones first', async () => {
    const view = mountView()
    await flushPromises()

    expect(JSON.parse(missingPosts()[0].init.body)).toEqual({ workflow: graph.serialize() })
    const cards = allByTestId(view, 'resource-card').map((card) => [card.attributes('data-filename'), card.attributes('data-state')])
    expect(cards).toEqual([
      ['lora.safetensors', 'resolved'],
      ['mystery.pt', 'unresolved'],
      ['flux1-dev.safetensors', 'elsewhere'],
      ['present.safetensors', 'present'],
    ])
    expect(view.get('[data-filename="flux1-dev.safetensors"]').text()).toContain('found in checkpoints/, this loader reads diffusion_models/')
    expect(byTestId(view, 'missing-count').text()).toBe('3 missing')
  })

  it('marks the cards of the files the user came from a node to find', async () => {
    focusModels(['mystery.pt'])
    const view = mountView()
    await flushPromises()
    const marked = allByTestId(view, 'resource-card').filter((card) => card.attributes('data-focused') === 'true')
    expect(marked.map((card) => card.attributes('data-filename'))).toEqual(['mystery.pt'])
  })

  it('lists missing custom nodes apart, with the notes', async () => {
    const view = mountView()
    await flushPromises()
    const items = allByTestId(view, 'custom-node')
    expect(items.map((li) => li.get('code').text())).toEqual([
      'EmptyQwenImageLayeredLatentImage',
      'ImpactWildcardProcessor',
      'VideoDepthAnythingProcess',
      'SuperSampler',
    ])
    expect(items[0].text()).toContain('Update ComfyUI: a core node of a newer ComfyUI (this graph was made with ComfyUI 0.8.2)')
    expect(items[0].attributes('data-core')).toBe('true')
    expect(items[1].text()).toContain('Install the pack comfyui-impact-pack (version 8.22.2) with ComfyUI-Manager')
    expect(items[1].get('a').attributes('href')).toBe('https://registry.comfy.org/nodes/comfyui-impact-pack')
    expect(items[2].get('a').attributes('href')).toBe('https://github.com/yuvraj108c/ComfyUI-Video-Depth-Anything')
    expect(items[3].text()).toContain('No one knows which pack provides it: the workflow does not say')
    expect(byTestId(view, 'custom-nodes').text()).not.toContain('install them with ComfyUI-Manager')
    expect(byTestId(view, 'workflow-notes').text()).toBe('Node 12 is muted.')
  })

  it('uses app.graph on frontends without app.rootGraph', async () => {
    delete app.rootGraph
    app.graph = graph
    mountView()
    await flushPromises()
    expect(missingPosts()).toHaveLength(1)
  })

  it('re-checks once, after a pause, when the workflow is edited', async () => {
    mountView()
    await flushPromises()
    graph.nodes[0].widgets_values = ['other.safetensors']

    emitServerEvent('graphChanged', {})
    emitServerEvent('graphChanged', {})
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS - 1)
    expect(missingPosts()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    expect(missingPosts()).toHaveLength(2)
  })

  it('says "Checking" at once after a workflow switch, never showing the previous list, and checks almost at once', async () => {
    followWorkflowSwitches()
    const view = mountView()
    await flushPromises()
    expect(allByTestId(view, 'resource-card').length).toBeGreaterThan(0)

    graph.nodes = [nodeDouble(7, 'CheckpointLoaderSimple', { widgets_values: ['another-workflow.safetensors'] })]
    announceGraphLoaded() // afterConfigureGraph: another workflow was opened or switched to
    emitServerEvent('graphChanged', {}) // the change tracker follows; it must not postpone the check
    await flushPromises()
    expect(allByTestId(view, 'resource-card')).toHaveLength(0)
    expect(byTestId(view, 'workflow-summary').text()).toBe('Checking the open workflow…')
    await vi.advanceTimersByTimeAsync(SWITCH_CHECK_DELAY_MS)
    await flushPromises()
    expect(missingPosts()).toHaveLength(2)
    expect(allByTestId(view, 'resource-card').length).toBeGreaterThan(0)
  })

  it('does not ask again when only positions changed (graphChanged fires for those too)', async () => {
    mountView()
    await flushPromises()
    graph.nodes[0].pos = [500, 500]
    emitServerEvent('graphChanged', {})
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS)
    expect(missingPosts()).toHaveLength(1)
  })

  it('Refresh always asks again', async () => {
    const view = mountView()
    await flushPromises()
    await byTestId(view, 'workflow-refresh').trigger('click')
    await flushPromises()
    expect(missingPosts()).toHaveLength(2)
  })

  it('stops listening when the view unmounts', async () => {
    const view = mountView()
    await flushPromises()
    view.unmount()
    graph.nodes[0].widgets_values = ['other.safetensors']
    emitServerEvent('graphChanged', {})
    announceGraphLoaded()
    await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS * 2)
    expect(missingPosts()).toHaveLength(1)
  })

  it('reopening the view with the same workflow shows the last answer without asking', async () => {
    mountView().unmount()
    await flushPromises()
    const view = mountView()
    await flushPromises()
    expect(missingPosts()).toHaveLength(1)
    expect(allByTestId(view, 'resource-card')).toHaveLength(4)
  })
})

describe('the disk is the truth', () => {
  const done = (taskId) => ({ task_id: taskId, kind: 'file', folder: 'loras', subfolder: '', filename: 'lora.safetensors', status: 'completed', progress: 100, downloaded_bytes: 1, total_bytes: 1 })

  it('a download that completed before the check does not make a since-deleted file present', async () => {
    applyProgress(done('old-task'))
    const view = mountView()
    await flushPromises()
    expect(view.get('[data-filename="lora.safetensors"]').attributes('data-state')).toBe('resolved')
  })

  it('a download that completes after the check shows the file present', async () => {
    const view = mountView()
    await flushPromises()
    applyProgress(done('new-task'))
    await flushPromises()
    expect(view.get('[data-filename="lora.safetensors"]').attributes('data-state')).toBe('present')
  })
})

describe('sources arrive after detection', () => {
  const detected = (name) => ({ reference: ref(name, 'loras'), status: 'missing', local_path: null, found_elsewhere: null, message: null, resource: null })

  it('shows each missing card as looking, then fills it in from its own /civitai/sources answer', async () => {
    respondWith('/civitai/missing', { models: [detected('a.safetensors'), detected('b.safetensors')], custom_nodes: [], notes: [] })
    const answers = {}
    respondWith('/civitai/sources', (init) => {
      const [reference] = JSON.parse(init.body).references
      return new Promise((resolve) => {
        answers[reference.name] = (body) => resolve(Response.json(body))
      })
    })
    const view = mountView()
    await flushPromises()
    const states = () => allByTestId(view, 'resource-card').map((card) => [card.attributes('data-filename'), card.attributes('data-state')])
    expect(states()).toEqual([
      ['a.safetensors', 'looking'],
      ['b.safetensors', 'looking'],
    ])
    expect(byTestId(view, 'card-looking').text()).toBe('Looking for a source…')

    answers['b.safetensors']({ resources: [resource({ filename: 'b.safetensors', name: 'b.safetensors' })] })
    await flushPromises()
    expect(states()).toEqual([
      ['a.safetensors', 'looking'],
      ['b.safetensors', 'resolved'],
    ])
    answers['a.safetensors']({ resources: [resource({ filename: 'a.safetensors', resolved: false, url: null, reason: 'Civitai did not answer in time: try again later.' })] })
    await flushPromises()
    expect(states()[0]).toEqual(['a.safetensors', 'unresolved'])
    expect(view.get('[data-filename="a.safetensors"]').text()).toContain('Civitai did not answer in time')
  })

  describe('a source once found stays while the models stay the same', () => {
    const sourcePosts = () => api.calls.filter((call) => call.route === '/civitai/sources')
    let view
    let seen

    beforeEach(async () => {
      graph.nodes = [nodeDouble(4, 'LoraLoader', { widgets_values: ['a.safetensors', 1, 1] }), nodeDouble(9, 'KSampler', { widgets_values: [42, 'fixed'] })]
      respondWith('/civitai/missing', { models: [detected('a.safetensors')], custom_nodes: [], notes: [] })
      // The first lookup answers; any later one never does, so a card that asks again shows "looking".
      let answered = 0
      respondWith('/civitai/sources', () =>
        answered++ ? new Promise(() => {}) : Response.json({ resources: [resource({ filename: 'a.safetensors', name: 'a.safetensors' })] }),
      )
      followWorkflowSwitches()
      view = mountView()
      await flushPromises()
      seen = new Set()
    })

    // Every state the card shows while `during` runs and its timers fire, looked at after each step.
    async function statesWhile(during) {
      const look = () => seen.add(view.find('[data-testid="resource-card"]').attributes('data-state') ?? 'gone')
      look()
      await during()
      for (let step = 0; step < 40; step++) {
        await vi.advanceTimersByTimeAsync(50)
        await flushPromises()
        look()
      }
      return [...seen]
    }

    it('the host configuring the same workflow again keeps the card and asks nothing', async () => {
      expect(view.get('[data-filename="a.safetensors"]').attributes('data-state')).toBe('resolved')
      const states = await statesWhile(async () => {
        announceGraphLoaded() // afterConfigureGraph for the graph already listed (a reload, a tab with the same models)
        emitServerEvent('graphChanged', {})
      })
      expect(states).toEqual(['resolved'])
      expect(missingPosts()).toHaveLength(1)
      expect(sourcePosts()).toHaveLength(1)
    })

    it('an edit elsewhere (the seed) checks again but the card keeps its source without asking for it again', async () => {
      const states = await statesWhile(async () => {
        graph.nodes[1].widgets_values = [43, 'fixed']
        emitServerEvent('graphChanged', {})
      })
      expect(missingPosts()).toHaveLength(2)
      expect(states).toEqual(['resolved'])
      expect(sourcePosts()).toHaveLength(1)
    })

    it('Refresh looks for the source again', async () => {
      await byTestId(view, 'workflow-refresh').trigger('click')
      await flushPromises()
      expect(sourcePosts()).toHaveLength(2)
    })
  })

  it('a failed sources call leaves the card unresolved with the reason, not looking forever', async () => {
    respondWith('/civitai/missing', { models: [detected('a.safetensors')], custom_nodes: [], notes: [] })
    respondWith('/civitai/sources', { error: 'invalid request: references.0.name: Field required' }, 400)
    const view = mountView()
    await flushPromises()
    const card = byTestId(view, 'resource-card')
    expect(card.attributes('data-state')).toBe('unresolved')
    expect(card.text()).toContain('references.0.name')
  })
})

describe('modelSignature', () => {
  it('covers what decides the answer, in subgraphs too, and nothing else', () => {
    const base = { nodes: [{ id: 1, type: 'LoraLoader', pos: [0, 0], size: [1, 1], widgets_values: ['a.safetensors', 1, 1] }], links: [] }
    const moved = { ...base, nodes: [{ ...base.nodes[0], pos: [9, 9], size: [5, 5] }], links: [[1, 2, 0, 3, 0, 'MODEL']] }
    const edited = { ...base, nodes: [{ ...base.nodes[0], widgets_values: ['b.safetensors', 1, 1] }] }
    const inSubgraph = { ...base, definitions: { subgraphs: [{ nodes: [{ type: 'VAELoader', widgets_values: ['x.vae'] }] }] } }
    expect(modelSignature(moved)).toBe(modelSignature(base))
    expect(modelSignature(edited)).not.toBe(modelSignature(base))
    expect(modelSignature(inSubgraph)).not.toBe(modelSignature(base))
  })

  it('is the same for a graph the host serializes again with empty values spelled another way', () => {
    // Frontends 1.32 and 1.47 write a widget-less node's widgets_values as null after loadApiJson and [] once configured again.
    const loaded = { nodes: [{ type: 'VAEDecode', widgets_values: null }, { type: 'VAELoader', widgets_values: ['v.safetensors'], properties: {} }] }
    const configured = { nodes: [{ type: 'VAEDecode', widgets_values: [] }, { type: 'VAELoader', widgets_values: ['v.safetensors'], properties: { models: [] } }] }
    const dictValues = { nodes: [{ type: 'VAEDecode', widgets_values: {} }, { type: 'VAELoader', widgets_values: ['v.safetensors'] }] }
    expect(modelSignature(configured)).toBe(modelSignature(loaded))
    expect(modelSignature(dictValues)).toBe(modelSignature(loaded))
  })
})
