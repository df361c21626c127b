import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import SidebarView from '../src/components/SidebarView.vue'
import { installPrimeVue } from '../src/primevue.js'
import { resetHealthState } from '../src/healthStore.js'
import { fetchJson } from '../src/host.js'

vi.mock('../src/host.js', () => ({ fetchJson: vi.fn() }))

const HEALTH = {
  version: '0.1.0',
  api: { civitai: 'https://civitai.com', huggingface: 'https://huggingface.co' },
  keys: { civitai: true, huggingface: false },
}

function mountSidebar() {
  return mount(SidebarView, { global: { plugins: [{ install: installPrimeVue }] } })
}

const text = (wrapper, testId) => wrapper.get(`[data-testid="${testId}"]`).text()

beforeEach(() => {
  resetHealthState()
  fetchJson.mockReset()
})

describe('SidebarView', () => {
  it("shows the pack's name and the backend's health answer", async () => {
    fetchJson.mockResolvedValue(HEALTH)

    const wrapper = mountSidebar()
    await flushPromises()

    expect(fetchJson).toHaveBeenCalledWith('/civitai/health')
    expect(wrapper.get('[data-testid="civitai-sidebar"] h2').text()).toBe('Civitai Sidebar')
    expect(text(wrapper, 'health-version')).toBe('0.1.0')
    expect(text(wrapper, 'health-civitai-url')).toBe('https://civitai.com')
    expect(text(wrapper, 'health-hf-url')).toBe('https://huggingface.co')
    expect(text(wrapper, 'health-key-civitai')).toBe('set')
    expect(text(wrapper, 'health-key-hf')).toBe('not set')
    expect(wrapper.get('[data-testid="health-key-hf"]').attributes('data-configured')).toBe('false')
    expect(wrapper.find('[data-testid="health-error"]').exists()).toBe(false)
  })

  it('says it is checking while the answer is on its way', async () => {
    let answer
    fetchJson.mockReturnValue(new Promise((resolve) => (answer = resolve)))

    const wrapper = mountSidebar()
    await flushPromises()
    expect(text(wrapper, 'health-loading')).toBe('Checking the backend…')
    expect(wrapper.get('[data-testid="health-refresh"]').attributes('disabled')).toBeDefined()

    answer(HEALTH)
    await flushPromises()
    expect(wrapper.find('[data-testid="health-loading"]').exists()).toBe(false)
    expect(text(wrapper, 'health-version')).toBe('0.1.0')
  })

  it('explains that the backend cannot be reached, with the reason', async () => {
    fetchJson.mockRejectedValue(new Error('HTTP 404 Not Found'))

    const wrapper = mountSidebar()
    await flushPromises()

    expect(text(wrapper, 'health-error')).toBe('Cannot reach the Civitai Sidebar backend: HTTP 404 Not Found')
    expect(wrapper.find('[data-testid="health-version"]').exists()).toBe(false)
  })

  it('Refresh asks again and replaces the error with the answer', async () => {
    fetchJson.mockRejectedValueOnce(new Error('Failed to fetch')).mockResolvedValueOnce(HEALTH)
    const wrapper = mountSidebar()
    await flushPromises()
    expect(wrapper.find('[data-testid="health-error"]').exists()).toBe(true)

    await wrapper.get('[data-testid="health-refresh"]').trigger('click')
    await flushPromises()

    expect(fetchJson).toHaveBeenCalledTimes(2)
    expect(wrapper.find('[data-testid="health-error"]').exists()).toBe(false)
    expect(text(wrapper, 'health-version')).toBe('0.1.0')
  })

  it('keeps the answer when the sidebar is closed and opened again', async () => {
    fetchJson.mockResolvedValue(HEALTH)
    mountSidebar().unmount()
    await flushPromises()

    const reopened = mountSidebar()

    expect(text(reopened, 'health-version')).toBe('0.1.0') // at once, without a loading flash
    expect(fetchJson).toHaveBeenCalledTimes(1)
  })
})
