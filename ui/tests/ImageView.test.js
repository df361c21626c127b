// "From a Civitai image": paste, Load (or Enter), see the parameters, notices and one card per resource.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ImageView from '../src/components/ImageView.vue'
import { applyProgress, resetDownloadState } from '../src/stores/downloadStore.js'
import { resetImageState } from '../src/stores/imageStore.js'
import { app, resetApp } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { CHECKPOINT, resolved, resolvedModel, resource } from './support/fixtures.js'
import { allByTestId, byTestId, mountWithPrimeVue } from './support/mount.js'

const mountView = () => mountWithPrimeVue(ImageView)
const posts = (route) => api.calls.filter((call) => call.route === route).map((call) => JSON.parse(call.init.body))
const cardStates = (view) => Object.fromEntries(allByTestId(view, 'resource-card').map((card) => [card.attributes('data-filename'), card.attributes('data-state')]))

beforeEach(() => {
  resetApi()
  resetImageState()
  resetDownloadState()
  app.extensionManager = { toast: { success: vi.fn(), error: vi.fn() } }
})

afterEach(() => resetApp())

describe('loading an image', () => {
  it('sends what was pasted and shows the thumbnail, parameters and notices', async () => {
    respondWith('/civitai/resolve', resolved())
    const view = mountView()
    await byTestId(view, 'image-input').setValue('  https://civitai.com/images/4242  ')
    await view.get('form').trigger('submit') // Enter in the field, or the Load button: both submit the form

    await flushPromises()

    expect(posts('/civitai/resolve')).toEqual([{ image_id: 'https://civitai.com/images/4242' }])
    expect(view.get('.cs-thumb img').attributes('src')).toBe('https://image.civitai.com/x/4242.jpeg')
    const params = Object.fromEntries(view.findAll('[data-testid="image-params"] dd').map((dd) => [dd.attributes('data-param'), dd.text()]))
    expect(params).toMatchObject({
      prompt: 'a castle on a hill',
      negative_prompt: 'blurry',
      sampler: 'euler_ancestral',
      scheduler: 'karras',
      steps: '25',
      cfg: '7',
      seed: '1234',
      size: '512 × 768',
      clip_skip: '2',
      hires: '×2 4x-UltraSharp, 10 steps, denoise 0.4',
    })
    expect(byTestId(view, 'image-notices').text()).toBe('The image lists a LoRA Civitai no longer has.')
    expect(cardStates(view)).toEqual({ 'dreamshaper_8.safetensors': 'resolved', 'detail.safetensors': 'resolved' })
  })

  it('leaves out of the hires line what the image does not say', async () => {
    const answer = resolved()
    answer.metadata = { ...answer.metadata, hires: { upscale: 1.5, upscaler: null, steps: null, denoise: 0.35 } }
    respondWith('/civitai/resolve', answer)
    const view = mountView()
    await byTestId(view, 'image-input').setValue('4242')
    await view.get('form').trigger('submit')
    await flushPromises()
    expect(view.get('[data-param="hires"]').text()).toBe('×1.5, denoise 0.35')
  })

  it('the Load button is a submit button of the form, so Enter works the same', () => {
    const view = mountView()
    expect(byTestId(view, 'image-load').attributes('type')).toBe('submit')
    expect(byTestId(view, 'image-load').element.form).toBe(view.get('form').element)
  })

  it("shows the server's sentence when the image cannot be read", async () => {
    respondWith('/civitai/resolve', { error: 'image_id must be a Civitai image ID or a civitai.com/images link' }, 400)
    const view = mountView()
    await byTestId(view, 'image-input').setValue('hello')
    await view.get('form').trigger('submit')
    await flushPromises()
    expect(byTestId(view, 'image-error').text()).toBe('image_id must be a Civitai image ID or a civitai.com/images link')
    expect(byTestId(view, 'image-params').exists()).toBe(false)
  })
})

describe('the resource cards', () => {
  it('Download sends the resource unchanged and the card follows the task', async () => {
    respondWith('/civitai/resolve', resolved())
    respondWith('/civitai/download', { task_id: 'n1' })
    const view = mountView()
    await byTestId(view, 'image-input').setValue('4242')
    await view.get('form').trigger('submit')
    await flushPromises()

    await view.get('[data-filename="detail.safetensors"] [data-testid="card-download"]').trigger('click')
    await flushPromises()

    expect(posts('/civitai/download')).toEqual([{ resource: resource() }])
    expect(cardStates(view)['detail.safetensors']).toBe('waiting')
  })

  it('a likely match needs "Use this file" before Download is offered', async () => {
    const likely = resource({ needs_confirmation: true, confidence: 0.72, evidence: 'Civitai file detail.safetensors has this name' })
    respondWith('/civitai/resolve', resolved({ resources: [CHECKPOINT, likely] }))
    const view = mountView()
    await byTestId(view, 'image-input').setValue('4242')
    await view.get('form').trigger('submit')
    await flushPromises()

    const card = () => view.get('[data-filename="detail.safetensors"]')
    expect(card().attributes('data-state')).toBe('confirm')
    expect(card().find('[data-testid="card-download"]').exists()).toBe(false)

    await card().get('[data-testid="card-confirm"]').trigger('click')
    expect(card().attributes('data-state')).toBe('resolved')
    expect(card().find('[data-testid="card-download"]').exists()).toBe(true)
  })
})

describe('a new image', () => {
  it('forgets the choices made for the previous one', async () => {
    const likely = resource({ needs_confirmation: true })
    respondWith('/civitai/resolve', resolved({ resources: [likely] }))
    const view = mountView()
    await byTestId(view, 'image-input').setValue('4242')
    await view.get('form').trigger('submit')
    await flushPromises()
    await byTestId(view, 'card-confirm').trigger('click')

    await view.get('form').trigger('submit')
    await flushPromises()
    expect(byTestId(view, 'resource-card').attributes('data-state')).toBe('confirm')
  })
})

describe('a pasted model link or AIR', () => {
  it("shows the model, its version's card with Download, and no parameters or Generate", async () => {
    respondWith('/civitai/resolve', resolvedModel())
    const view = mountView()
    await byTestId(view, 'image-input').setValue('https://civitai.red/models/1102')
    await view.get('form').trigger('submit')
    await flushPromises()

    expect(posts('/civitai/resolve')).toEqual([{ image_id: 'https://civitai.red/models/1102' }])
    expect(byTestId(view, 'model-name').text()).toBe('SynthwavePunk')
    expect(byTestId(view, 'model-summary').text()).toContain('version v3 Alpha')
    expect(byTestId(view, 'model-summary').get('a').attributes('href')).toBe('https://civitai.red/models/1102?modelVersionId=1292')
    expect(byTestId(view, 'image-notices').text()).toContain('newest one, v3 Alpha')
    expect(byTestId(view, 'model-no-params').exists()).toBe(true)
    expect(cardStates(view)).toEqual({ 'synthwavepunk_v3Alpha.safetensors': 'resolved' })
    expect(byTestId(view, 'image-params').exists()).toBe(false)
    expect(byTestId(view, 'generate-workflow').exists()).toBe(false)
    expect(view.find('.cs-thumb').exists()).toBe(false)
  })

  it('an image loaded after a model shows the image again, with Generate', async () => {
    respondWith('/civitai/resolve', resolvedModel())
    const view = mountView()
    await byTestId(view, 'image-input').setValue('urn:air:sd1:checkpoint:civitai:1102@1292')
    await view.get('form').trigger('submit')
    await flushPromises()
    respondWith('/civitai/resolve', resolved({ kind: 'image' }))
    await byTestId(view, 'image-input').setValue('https://civitai.red/images/4242')
    await view.get('form').trigger('submit')
    await flushPromises()
    expect(byTestId(view, 'model-summary').exists()).toBe(false)
    expect(byTestId(view, 'generate-workflow').exists()).toBe(true)
    expect(view.get('.cs-thumb img').attributes('src')).toBe('https://image.civitai.com/x/4242.jpeg')
  })
})

describe('a fresh lookup wins over downloads that ended before it', () => {
  const failedTask = { task_id: 'old', kind: 'file', folder: 'checkpoints', subfolder: '', filename: 'dreamshaper_8.safetensors', status: 'failed', error: 'The server offers 381.5 MB, but 1.1 MB was expected.', retryable: false, downloaded_bytes: 0, total_bytes: null }

  it('loading the image again offers the file once more instead of the old failure', async () => {
    respondWith('/civitai/resolve', resolved())
    const view = mountView()
    await byTestId(view, 'image-input').setValue('4242')
    await view.get('form').trigger('submit')
    await flushPromises()
    applyProgress(failedTask)
    await flushPromises()
    expect(cardStates(view)['dreamshaper_8.safetensors']).toBe('failed')

    await view.get('form').trigger('submit')
    await flushPromises()
    expect(cardStates(view)['dreamshaper_8.safetensors']).toBe('resolved')
  })
})
