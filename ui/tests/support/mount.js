import { mount } from '@vue/test-utils'
import { installPrimeVue } from '../../src/primevue.js'

/** Mount a component the way the sidebar does: with our unstyled PrimeVue. */
export function mountWithPrimeVue(component, options = {}) {
  return mount(component, { ...options, global: { plugins: [{ install: installPrimeVue }], ...options.global } })
}

export const byTestId = (wrapper, testId) => wrapper.find(`[data-testid="${testId}"]`)
export const allByTestId = (wrapper, testId) => wrapper.findAll(`[data-testid="${testId}"]`)
