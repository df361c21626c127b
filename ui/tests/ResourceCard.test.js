// Every card state shows its own controls, and only those.
import { describe, expect, it } from 'vitest'
import ResourceCard from '../src/components/ResourceCard.vue'
import { entryFromResource } from '../src/cards.js'
import { fileTask, resource } from './support/fixtures.js'
import { allByTestId, byTestId, mountWithPrimeVue } from './support/mount.js'

const CONTROLS = ['card-download', 'card-cancel', 'card-retry', 'card-confirm', 'card-progress', 'card-error', 'card-path', 'card-reason']

function renderCard(state, { resourceFields = {}, task = null } = {}) {
  const entry = entryFromResource(resource(resourceFields))
  return mountWithPrimeVue(ResourceCard, { props: { entry, task, state } })
}

const controlsOf = (wrapper) => CONTROLS.filter((testId) => byTestId(wrapper, testId).exists())

describe('ResourceCard', () => {
  it.each([
    ['present', {}, null, ['card-path']],
    ['resolved', {}, null, ['card-download']],
    ['unresolved', { resolved: false, url: null, reason: 'Civitai does not know this hash' }, null, ['card-reason']],
    ['waiting', {}, fileTask({ status: 'waiting', downloaded_bytes: 0, progress: 0 }), ['card-cancel']],
    ['downloading', {}, fileTask(), ['card-cancel', 'card-progress']],
    ['verifying', {}, fileTask({ status: 'verifying', progress: 100 }), []],
    ['failed', {}, fileTask({ status: 'failed', error: 'The disk filled up: free some space and Retry.' }), ['card-retry', 'card-error']],
    ['cancelled', {}, fileTask({ status: 'cancelled' }), ['card-download']],
    ['confirm', { needs_confirmation: true, confidence: 0.7, evidence: 'name matches detail.safetensors' }, null, ['card-confirm']],
  ])('%s shows exactly its controls', (state, resourceFields, task, expected) => {
    const card = renderCard(state, { resourceFields, task })
    expect(card.get('[data-testid="resource-card"]').attributes('data-state')).toBe(state)
    expect(controlsOf(card).sort()).toEqual([...expected].sort())
  })

  it('a sure source still says where it came from and how sure, folded; a likely match shows it open instead', () => {
    const evidence = 'Hugging Face: Comfy-Org/flux1-dev, split_files/vae/ae.safetensors at commit 0a1b2c3.'
    const sure = renderCard('resolved', { resourceFields: { confidence: 0.95, evidence } })
    expect(byTestId(sure, 'card-source').find('summary').text()).toBe('Source · 95% sure')
    expect(byTestId(sure, 'card-source-evidence').text()).toBe(evidence)
    expect(byTestId(sure, 'card-source').attributes('open')).toBeUndefined()
    const likely = renderCard('confirm', { resourceFields: { needs_confirmation: true, confidence: 0.7, evidence } })
    expect(byTestId(likely, 'card-source').exists()).toBe(false)
    expect(byTestId(likely, 'card-evidence').text()).toContain(evidence)
    const present = renderCard('present', { resourceFields: { evidence } })
    expect(byTestId(present, 'card-source').exists()).toBe(false)
  })

  it('names the file it is about', () => {
    const card = renderCard('resolved', { resourceFields: { subfolder: 'sd15' } })
    const root = card.get('[data-testid="resource-card"]')
    expect(root.attributes()).toMatchObject({ 'data-name': 'Detail Tweaker', 'data-folder': 'loras', 'data-filename': 'detail.safetensors' })
    // the file name is the title (display names repeat); the model's name and its folder under it
    expect(byTestId(card, 'card-title').text()).toBe('detail.safetensors')
    expect(card.text()).toContain('Detail Tweaker · loras/sd15/')
    expect(byTestId(card, 'card-kind').text()).toBe('LoRA')
    expect(byTestId(card, 'card-weight').text()).toBe('weight 0.8')
    expect(byTestId(card, 'card-link').attributes('href')).toBe('https://civitai.com/models/11?modelVersionId=111')
  })

  it('downloading: a thin bar, and the percent with downloaded / total MB under it', () => {
    const task = fileTask({ progress: 67.01, downloaded_bytes: 96.5 * 1024 * 1024, total_bytes: 144 * 1024 * 1024 })
    const card = renderCard('downloading', { task })
    expect(byTestId(card, 'card-progress').attributes('aria-valuenow')).toBe('67')
    expect(byTestId(card, 'card-bytes').text()).toBe('67% · 96.5 / 144.0 MB')
  })

  it('verifying says so; failed says why; unresolved says why', () => {
    expect(renderCard('verifying', { task: fileTask({ status: 'verifying' }) }).text()).toContain('Verifying SHA256…')
    const failed = renderCard('failed', { task: fileTask({ status: 'failed', error: 'Civitai answered 401: add an API key.' }) })
    expect(byTestId(failed, 'card-error').text()).toBe('Civitai answered 401: add an API key.')
    const unresolved = renderCard('unresolved', { resourceFields: { resolved: false, url: null, reason: 'No file with this hash on Civitai' } })
    expect(byTestId(unresolved, 'card-reason').text()).toBe('Cannot resolve: No file with this hash on Civitai')
  })

  it('present shows a check mark and the path on disk', () => {
    const card = renderCard('present', { resourceFields: { already_downloaded: true, local_path: 'sd15/detail.safetensors' } })
    expect(card.find('.cs-ok.pi-check').exists()).toBe(true)
    expect(byTestId(card, 'card-path').text()).toBe('loras/sd15/detail.safetensors')
  })

  it('a likely match shows its evidence and asks before Download', async () => {
    const card = renderCard('confirm', { resourceFields: { needs_confirmation: true, evidence: 'Civitai file detail_v2.safetensors has a close name' } })
    expect(card.text()).toContain('Civitai file detail_v2.safetensors has a close name')
    await byTestId(card, 'card-confirm').trigger('click')
    expect(card.emitted('confirm')).toHaveLength(1)
  })

  it('a near name shows the name the workflow loads beside the source\'s, and what Use this file saves', () => {
    const fields = {
      needs_confirmation: true,
      filename: 'fashionGirl_v53.safetensors',
      source_filename: 'fashionGirl_v51.safetensors',
      evidence: 'Found by name: closest Civitai file name: fashionGirl_v51.safetensors (93% alike).',
    }
    const card = renderCard('confirm', { resourceFields: fields })
    const names = byTestId(card, 'card-names')
    expect(byTestId(names, 'card-wanted-name').text()).toBe('fashionGirl_v53.safetensors')
    expect(byTestId(names, 'card-source-name').text()).toBe('fashionGirl_v51.safetensors')
    expect(names.text()).toContain('The workflow loads:')
    expect(names.text()).toContain('Civitai has:')
    expect(byTestId(card, 'card-saved-as').text()).toBe('“Use this” saves it as fashionGirl_v53.safetensors, the name the workflow loads.')
    // the whole evidence, not a clipped line, and both decisions
    expect(byTestId(card, 'card-evidence').text()).toContain('closest Civitai file name: fashionGirl_v51.safetensors (93% alike).')
    expect(byTestId(card, 'card-confirm').text()).toBe('Use this')
    expect(byTestId(card, 'card-reject').text()).toBe('Not this')
    // A file the source names like the workflow shows that one name twice, and no "saved as" line.
    const same = renderCard('confirm', { resourceFields: { needs_confirmation: true } })
    expect(byTestId(same, 'card-source-name').text()).toBe(byTestId(same, 'card-wanted-name').text())
    expect(byTestId(same, 'card-saved-as').exists()).toBe(false)
    expect(byTestId(renderCard('resolved', { resourceFields: { source_filename: 'other.safetensors' } }), 'card-names').exists()).toBe(false)
  })

  it('"Not this" turns a likely match down, and Undo takes that back', async () => {
    const card = renderCard('confirm', { resourceFields: { needs_confirmation: true } })
    await byTestId(card, 'card-reject').trigger('click')
    expect(card.emitted('reject')).toEqual([[true]])
    const rejected = renderCard('rejected', { resourceFields: { needs_confirmation: true } })
    expect(byTestId(rejected, 'card-rejected').text()).toBe('Not used: you turned this match down.')
    await byTestId(rejected, 'card-undo').trigger('click')
    expect(rejected.emitted('reject')).toEqual([[false]])
  })

  it('a long reason shows one line and a Details toggle that opens it', async () => {
    const reason = 'Civitai does not know this hash, and no catalog or search found a file of this name anywhere.'
    const card = renderCard('unresolved', { resourceFields: { resolved: false, url: null, reason } })
    const toggle = byTestId(card, 'card-details')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(byTestId(card, 'card-reason').classes()).not.toContain('cs-open')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(byTestId(card, 'card-reason').classes()).toContain('cs-open')
    expect(byTestId(card, 'card-reason').text()).toContain(reason)
  })

  it('its link says which model it opens', () => {
    const card = renderCard('resolved')
    expect(byTestId(card, 'card-link').attributes('aria-label')).toBe('Open Detail Tweaker on Civitai')
  })

  it('hints at the API key only while the file still has to be fetched', () => {
    expect(byTestId(renderCard('resolved', { resourceFields: { needs_key: true } }), 'card-needs-key').text()).toBe(
      'Needs a Civitai API key — add it in Settings → Civitai',
    )
    expect(byTestId(renderCard('present', { resourceFields: { needs_key: true } }), 'card-needs-key').exists()).toBe(false)
  })

  it('buttons tell the list what the user wants', async () => {
    const resolvedCard = renderCard('resolved')
    await byTestId(resolvedCard, 'card-download').trigger('click')
    const downloading = renderCard('downloading', { task: fileTask() })
    await byTestId(downloading, 'card-cancel').trigger('click')
    const failed = renderCard('failed', { task: fileTask({ status: 'failed', error: 'x' }) })
    await byTestId(failed, 'card-retry').trigger('click')
    expect([resolvedCard.emitted('download'), downloading.emitted('cancel'), failed.emitted('retry')].map((e) => e?.length)).toEqual([1, 1, 1])
    expect(allByTestId(resolvedCard, 'resource-card')).toHaveLength(1)
  })
})
