import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import SidebarView from '../src/components/SidebarView.vue'
import { resetHealthState } from '../src/healthStore.js'
import { resetDownloadState } from '../src/stores/downloadStore.js'
import { resetImageState } from '../src/stores/imageStore.js'
import { resetMissingState } from '../src/stores/missingStore.js'
import { showView } from '../src/stores/viewStore.js'
import { resetApp } from './doubles/comfyApp.js'
import { api, emitServerEvent, resetApi, respondWith } from './doubles/comfyApi.js'
import { fileTask, resolved } from './support/fixtures.js'
import { byTestId, mountWithPrimeVue } from './support/mount.js'

const HEALTH = {
  version: '0.1.0',
  api: { civitai: 'https://civitai.com', huggingface: 'https://huggingface.co' },
  keys: { civitai: true, huggingface: false },
}

const mountSidebar = () => mountWithPrimeVue(SidebarView, { attachTo: document.body })
const text = (wrapper, testId) => wrapper.get(`[data-testid="${testId}"]`).text()
const routesCalled = () => api.calls.map((call) => call.route)

beforeEach(() => {
  resetHealthState()
  resetDownloadState()
  resetImageState()
  resetMissingState()
  resetApi()
  showView('image')
  respondWith('/civitai/downloads', { tasks: [] })
})

afterEach(() => resetApp())

describe('SidebarView', () => {
  it("shows the pack's name and the backend's health answer", async () => {
    respondWith('/civitai/health', HEALTH)

    const wrapper = mountSidebar()
    await flushPromises()

    expect(routesCalled()).toContain('/civitai/health')
    expect(wrapper.get('[data-testid="civitai-sidebar"] h2').text()).toBe('Civitai Sidebar')
    expect(text(wrapper, 'health-version')).toBe('0.1.0')
    expect(text(wrapper, 'health-civitai-url')).toBe('https://civitai.com')
    expect(text(wrapper, 'health-hf-url')).toBe('https://huggingface.co')
    expect(text(wrapper, 'health-key-civitai')).toBe('set')
    expect(text(wrapper, 'health-key-hf')).toBe('not set')
    expect(wrapper.get('[data-testid="health-key-hf"]').attributes('data-configured')).toBe('false')
    expect(byTestId(wrapper, 'health-error').exists()).toBe(false)
    // the Status is a collapsed footer that names the version; the view keeps the room
    expect(wrapper.get('details.cs-status').attributes('open')).toBeUndefined()
    expect(wrapper.get('.cs-status-summary').text()).toBe('Status · v0.1.0')
  })

  it('says it is checking while the answer is on its way', async () => {
    let answer
    respondWith('/civitai/health', () => new Promise((resolve) => (answer = resolve)))

    const wrapper = mountSidebar()
    await flushPromises()
    expect(text(wrapper, 'health-loading')).toBe('Checking the backend…')
    expect(wrapper.get('[data-testid="health-refresh"]').attributes('disabled')).toBeDefined()

    answer(Response.json(HEALTH))
    await flushPromises()
    expect(byTestId(wrapper, 'health-loading').exists()).toBe(false)
    expect(text(wrapper, 'health-version')).toBe('0.1.0')
  })

  it('explains that the backend cannot be reached, with the reason', async () => {
    const wrapper = mountSidebar() // no /civitai/health route: 404
    await flushPromises()

    expect(text(wrapper, 'health-error')).toBe('Cannot reach the Civitai Sidebar backend: HTTP 404 Not Found')
    expect(byTestId(wrapper, 'health-version').exists()).toBe(false)
  })

  it('Refresh asks again and replaces the error with the answer', async () => {
    const wrapper = mountSidebar()
    await flushPromises()
    expect(byTestId(wrapper, 'health-error').exists()).toBe(true)

    respondWith('/civitai/health', HEALTH)
    await wrapper.get('[data-testid="health-refresh"]').trigger('click')
    await flushPromises()

    expect(routesCalled().filter((route) => route === '/civitai/health')).toHaveLength(2)
    expect(byTestId(wrapper, 'health-error').exists()).toBe(false)
    expect(text(wrapper, 'health-version')).toBe('0.1.0')
  })

  it('keeps the answer when the sidebar is closed and opened again', async () => {
    respondWith('/civitai/health', HEALTH)
    mountSidebar().unmount()
    await flushPromises()

    const reopened = mountSidebar()

    expect(text(reopened, 'health-version')).toBe('0.1.0') // at once, without a loading flash
    expect(routesCalled().filter((route) => route === '/civitai/health')).toHaveLength(1)
  })
})

describe('the two views', () => {
  it('switches between the image view and the workflow view, and remembers the choice', async () => {
    respondWith('/civitai/health', HEALTH)
    const wrapper = mountSidebar()
    await flushPromises()
    expect(byTestId(wrapper, 'image-input').exists()).toBe(true)
    expect(wrapper.get('[data-testid="view-image"]').attributes('aria-selected')).toBe('true')

    await wrapper.get('[data-testid="view-workflow"]').trigger('click')
    expect(byTestId(wrapper, 'workflow-refresh').exists()).toBe(true)
    expect(byTestId(wrapper, 'image-input').exists()).toBe(false)
    wrapper.unmount()

    const reopened = mountSidebar()
    expect(byTestId(reopened, 'workflow-refresh').exists()).toBe(true)
  })
})

describe('downloads across re-mounts', () => {
  it('a reloaded page shows the running downloads from GET /civitai/downloads on the cards', async () => {
    respondWith('/civitai/resolve', resolved())
    respondWith('/civitai/downloads', { tasks: [fileTask({ status: 'downloading', progress: 50 })] })
    const wrapper = mountSidebar()
    await wrapper.get('[data-testid="image-input"]').setValue('4242')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const lora = wrapper.get('[data-testid="resource-card"][data-filename="detail.safetensors"]')
    expect(lora.attributes('data-state')).toBe('downloading')
    expect(byTestId(wrapper, 'cancel-all').exists()).toBe(true)
  })

  it('listens to progress only while mounted', async () => {
    respondWith('/civitai/resolve', resolved())
    const wrapper = mountSidebar()
    await wrapper.get('[data-testid="image-input"]').setValue('4242')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    emitServerEvent('civitai.download.progress', fileTask({ status: 'downloading', downloaded_bytes: 10 }))
    await flushPromises()
    expect(wrapper.get('[data-filename="detail.safetensors"]').attributes('data-state')).toBe('downloading')

    wrapper.unmount()
    emitServerEvent('civitai.download.progress', fileTask({ status: 'verifying', downloaded_bytes: 151_000_000 }))

    respondWith('/civitai/downloads', { tasks: [] }) // (the server forgot it: nothing left to show)
    const reopened = mountSidebar()
    // the event sent while closed was not applied: the store still had "downloading" until the snapshot
    expect(reopened.get('[data-filename="detail.safetensors"]').attributes('data-state')).toBe('downloading')
  })
})
