// The extension as ComfyUI drives it: import main.js, run setup(), then render/destroy the tab
// the way the host's sidebar does, with the backend answering through the fake api.fetchApi.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { app } from './doubles/comfyApp.js'
import { api, resetApi, respondWith } from './doubles/comfyApi.js'
import { resetHealthState } from '../src/healthStore.js'

const HEALTH = {
  version: '0.1.0',
  api: { civitai: 'https://civitai.com', huggingface: 'https://huggingface.co' },
  keys: { civitai: false, huggingface: true },
}

let extension // what main.js handed to app.registerExtension
let tab // what setup() handed to registerSidebarTab

beforeAll(async () => {
  app.registerExtension = vi.fn()
  app.extensionManager = { registerSidebarTab: vi.fn() }
  await import('../src/main.js')
  extension = app.registerExtension.mock.calls[0]?.[0]
  extension?.setup()
  tab = app.extensionManager.registerSidebarTab.mock.calls[0]?.[0]
})

beforeEach(() => {
  resetHealthState()
  resetApi()
  respondWith('/civitai/health', HEALTH)
  respondWith('/civitai/downloads', { tasks: [] })
  document.head.replaceChildren()
  document.body.replaceChildren()
})

function openSidebar() {
  const container = document.createElement('div')
  document.body.append(container)
  tab.render(container)
  return container
}

const byTestId = (root, testId) => root.querySelector(`[data-testid="${testId}"]`)

describe('registration', () => {
  it('registers one extension whose setup adds a custom sidebar tab', () => {
    expect(app.registerExtension).toHaveBeenCalledTimes(1)
    expect(extension.name).toBe('Civitai.Sidebar')
    expect(app.extensionManager.registerSidebarTab).toHaveBeenCalledTimes(1)
    expect(tab).toMatchObject({
      id: 'civitai-sidebar',
      type: 'custom',
      title: 'Civitai',
      tooltip: 'Civitai Sidebar',
      icon: expect.stringMatching(/^pi pi-/),
    })
    expect(extension.settings.map((setting) => setting.id)).toEqual([
      'Civitai.Keys.CivitaiApiKey',
      'Civitai.Keys.HuggingFaceToken',
      'Civitai.Downloads.Concurrency',
      'Civitai.Downloads.Connections',
      'Civitai.Downloads.BandwidthLimit',
    ])
    expect(extension.afterConfigureGraph).toBeTypeOf('function')
    expect(tab.render).toBeTypeOf('function')
    expect(tab.destroy).toBeTypeOf('function')
  })
})

describe('render and destroy', () => {
  it('render shows the sidebar with the health answer from /civitai/health', async () => {
    const container = openSidebar()
    await flushPromises()

    expect(byTestId(container, 'civitai-sidebar')).not.toBeNull()
    expect(byTestId(container, 'health-version').textContent).toBe('0.1.0')
    expect(byTestId(container, 'health-key-hf').textContent.trim()).toBe('set')
    // health, and the downloads the server runs (a reloaded page shows them as they are)
    expect(api.calls.map((call) => call.route).sort()).toEqual(['/civitai/downloads', '/civitai/health'])
    tab.destroy()
  })

  it('destroy empties the container, and the next render shows one fresh sidebar', async () => {
    const first = openSidebar()
    await flushPromises()

    tab.destroy()
    expect(first.childNodes).toHaveLength(0)

    const second = openSidebar()
    await flushPromises()
    expect(second.querySelectorAll('[data-testid="civitai-sidebar"]')).toHaveLength(1)
    expect(byTestId(second, 'health-version').textContent).toBe('0.1.0')
    expect(first.childNodes).toHaveLength(0) // the old app is gone, not re-rendering into it
    tab.destroy()
  })

  it('rendering twice without destroy replaces the first sidebar instead of stacking a second app', async () => {
    const vueWarnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const container = openSidebar()
    tab.render(container)
    await flushPromises()

    expect(container.querySelectorAll('[data-testid="civitai-sidebar"]')).toHaveLength(1)
    // Vue says "There is already an app instance mounted on the host container" otherwise
    expect(vueWarnings).not.toHaveBeenCalled()
    tab.destroy()
    expect(container.childNodes).toHaveLength(0)
    vueWarnings.mockRestore()
  })
})

describe("the host's look", () => {
  it("leaves the host's PrimeVue stylesheets alone and adds none of its own", async () => {
    const hostStyle = document.createElement('style')
    hostStyle.setAttribute('data-primevue-style-id', 'base')
    hostStyle.textContent = '.host-base{}'
    document.head.append(hostStyle)

    const container = openSidebar()
    await flushPromises()
    byTestId(container, 'health-refresh').click()
    await flushPromises()

    expect(hostStyle.textContent).toBe('.host-base{}')
    expect(document.head.querySelectorAll('style[data-primevue-style-id]')).toHaveLength(1)
    tab.destroy()
  })

  it('roots all markup in one .civitai-sidebar element for scoped CSS', async () => {
    const container = openSidebar()
    await flushPromises()

    expect(container.children).toHaveLength(1)
    expect(container.firstElementChild.classList.contains('civitai-sidebar')).toBe(true)
    tab.destroy()
  })
})
