import { afterEach, describe, expect, it } from 'vitest'
import en from '../../locales/en/main.json'
import zh from '../../locales/zh/main.json'
import enSettings from '../../locales/en/settings.json'
import zhSettings from '../../locales/zh/settings.json'
import { locale, pickLocale, syncLocale, t } from '../src/i18n.js'
import { app, resetApp } from './doubles/comfyApp.js'

const keysOf = (node, prefix = '') =>
  Object.entries(node).flatMap(([key, value]) => (typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]))

afterEach(() => {
  locale.value = 'en'
  resetApp()
})

describe('locales', () => {
  it('English and Chinese have the same keys, all under one namespace (plus the settings categories)', () => {
    expect(Object.keys(en)).toEqual(['settingsCategories', 'civitaiSidebar'])
    expect(keysOf(zh)).toEqual(keysOf(en))
    expect(keysOf(zhSettings)).toEqual(keysOf(enSettings))
  })

  it('every placeholder of an English string is in its Chinese one', () => {
    const placeholders = (text) => (text.match(/\{\w+\}/g) ?? []).sort()
    for (const key of keysOf(en.civitaiSidebar)) {
      const get = (messages) => key.split('.').reduce((node, part) => node[part], messages.civitaiSidebar)
      expect([key, placeholders(get(zh))]).toEqual([key, placeholders(get(en))])
    }
  })
})

describe('copy', () => {
  const strings = (messages) => keysOf(messages.civitaiSidebar).map((key) => [key, key.split('.').reduce((node, part) => node[part], messages.civitaiSidebar)])

  it('uses one ellipsis style (…), never three dots', () => {
    for (const messages of [en, zh]) expect(strings(messages).filter(([, text]) => text.includes('...'))).toEqual([])
  })

  it('every counted string has its singular form ("1 model", not "1 models")', () => {
    const keys = new Set(keysOf(en.civitaiSidebar))
    const counted = strings(en).filter(([key, text]) => text.includes('{count}') && !key.endsWith('One'))
    expect(counted.length).toBeGreaterThan(0)
    expect(counted.filter(([key]) => !keys.has(`${key}One`)).map(([key]) => key)).toEqual([])
    expect(t('workflow.summary', { count: 1 })).toBe('1 model referenced')
    expect(t('workflow.summary', { count: 2 })).toBe('2 models referenced')
    expect(t('generate.ownLoaded', { count: 1 })).toBe("Image's workflow loaded · 1 node")
  })
})

describe('t', () => {
  it("follows ComfyUI's Comfy.Locale: Chinese for zh and zh-TW, English otherwise", () => {
    expect(['zh', 'zh-TW', 'en', 'ja', undefined].map(pickLocale)).toEqual(['zh', 'zh', 'en', 'en', 'en'])
    app.extensionManager = { setting: { get: (id) => (id === 'Comfy.Locale' ? 'zh' : undefined) } }
    syncLocale()
    expect(t('card.download')).toBe('下载')
    expect(t('list.downloadingAll', { done: 1, total: 3 })).toBe('下载中… (1/3)')
  })

  it('fills placeholders and falls back to the key when a string is unknown', () => {
    expect(t('list.downloadingAll', { done: 2, total: 5 })).toBe('Downloading… (2/5)')
    expect(t('no.such.key')).toBe('no.such.key')
  })
})
