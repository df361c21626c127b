// A small t(): the sidebar's strings live in the pack's locales/<lang>/main.json (ComfyUI also
// serves those files to its own i18n, which is why they are namespaced under "civitaiSidebar").
// Only our namespace is bundled, at build time; no runtime i18n library is needed.
import { ref } from 'vue'
import { civitaiSidebar as en } from '../../locales/en/main.json'
import { civitaiSidebar as zh } from '../../locales/zh/main.json'
import { getSetting } from './host.ts'

const MESSAGES = { en, zh }

/** The language the sidebar speaks now; re-read from ComfyUI whenever the sidebar opens. */
export const locale = ref('en')

/** ComfyUI locales are 'en', 'zh', 'zh-TW', 'ja'...; we have English and Chinese. */
export function pickLocale(comfyLocale) {
  return typeof comfyLocale === 'string' && comfyLocale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** Follow ComfyUI's Comfy.Locale setting. */
export function syncLocale() {
  locale.value = pickLocale(getSetting('Comfy.Locale'))
}

function lookup(messages, key) {
  return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), messages)
}

/**
 * The string at `key` (e.g. 'card.download') in the current language, falling back to English,
 * then to the key itself; `{name}` placeholders are filled from `params`. With `count: 1`, a `<key>One`
 * string is used when the language has one ("1 model referenced").
 */
export function t(key, params = {}) {
  const singular = params.count === 1 ? lookup(MESSAGES[locale.value], `${key}One`) ?? lookup(en, `${key}One`) : undefined
  const found = singular ?? lookup(MESSAGES[locale.value], key) ?? lookup(en, key)
  if (typeof found !== 'string') return key
  return found.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match))
}
