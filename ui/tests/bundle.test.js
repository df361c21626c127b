// The committed js/main.js is what ComfyUI loads: check that the built file itself works,
// with the host's two modules (its only imports) replaced by the same doubles as elsewhere.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { app } from './doubles/comfyApp.js'
import { respondWith } from './doubles/comfyApi.js'

const BUNDLE = path.resolve(import.meta.dirname, '../../js/main.js')

let tab

beforeAll(async () => {
  app.registerExtension = vi.fn((extension) => extension.setup())
  app.extensionManager = { registerSidebarTab: vi.fn((registered) => (tab = registered)) }
  respondWith('/civitai/health', {
    version: '9.9.9',
    api: { civitai: 'https://civitai.example', huggingface: 'https://hf.example' },
    keys: { civitai: true, huggingface: true },
  })
  respondWith('/civitai/downloads', { tasks: [] })
  await import('../../js/main.js')
})

describe('js/main.js', () => {
  it('imports nothing but the host modules', async () => {
    const source = await readFile(BUNDLE, 'utf8')
    const specifiers = [...source.matchAll(/\bimport\s*(?:[^'"`()]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g)].map((m) => m[1])
    const dynamicImports = source.match(/\bimport\s*\(/g) ?? []

    expect(specifiers.sort()).toEqual(['../../scripts/api.js', '../../scripts/app.js'])
    expect(dynamicImports).toHaveLength(0)
  })

  it('injects its CSS, scoped under .civitai-sidebar', () => {
    const style = document.getElementById('civitai-sidebar-styles')

    expect(style?.textContent).toContain('.civitai-sidebar')
    const css = style.textContent.replace(/\/\*[\s\S]*?\*\//g, '')
    const preludes = [...css.matchAll(/([^{};]+)\{/g)].map((match) => match[1].trim())
    // at-rules (@media, @keyframes) and keyframe steps are not selectors; everything else is ours
    const selectors = preludes.filter((prelude) => !/^(@|from$|to$|[\d.]+%)/.test(prelude))
    expect(selectors.length).toBeGreaterThan(0)
    expect(selectors.filter((selector) => !selector.split(',').every((part) => part.includes('.civitai-sidebar')))).toEqual([])
  })

  it('registers the sidebar tab and renders the health answer', async () => {
    expect(tab).toMatchObject({ id: 'civitai-sidebar', type: 'custom' })
    const container = document.createElement('div')
    document.body.append(container)

    tab.render(container)
    await flushPromises()
    expect(container.querySelector('[data-testid="health-version"]').textContent).toBe('9.9.9')

    tab.destroy()
    expect(container.childNodes).toHaveLength(0)
  })
})
