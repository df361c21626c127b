import { describe, expect, it } from 'vitest'
import { cardState, entryFromMissingModel, entryFromResource, isDownloadAllCandidate, presentPath, targetKey, taskTargetKey } from '../src/cards.js'
import { fileTask, resource } from './support/fixtures.js'

describe('targets', () => {
  it('names a resource and the task downloading it the same way', () => {
    const entry = entryFromResource(resource({ subfolder: 'sd15' }))
    expect(entry.key).toBe(targetKey('loras', 'sd15', 'detail.safetensors'))
    expect(taskTargetKey(fileTask({ subfolder: 'sd15', path: 'sd15/detail.safetensors' }))).toBe(entry.key)
    // before Content-Disposition named the file the task has no path yet
    expect(taskTargetKey(fileTask({ subfolder: 'sd15', path: null }))).toBe(entry.key)
  })

  it('reads Windows separators in a workflow reference as folders', () => {
    const entry = entryFromMissingModel({
      reference: { name: 'sdxl\\base.safetensors', folder: 'checkpoints', node_id: '4', node_type: 'CheckpointLoaderSimple' },
      status: 'missing',
      resource: null,
    })
    expect(entry.key).toBe(targetKey('checkpoints', 'sdxl', 'base.safetensors'))
    expect(entry.filename).toBe('base.safetensors')
  })
})

describe('cardState', () => {
  const entry = (overrides) => entryFromResource(resource(overrides))

  it('follows what the backend said when no download ran', () => {
    expect(cardState(entry({ already_downloaded: true, local_path: 'detail.safetensors' }), null)).toBe('present')
    expect(cardState(entry(), null)).toBe('resolved')
    expect(cardState(entry({ resolved: false, url: null, reason: 'Civitai does not know this hash' }), null)).toBe('unresolved')
    expect(cardState(entry({ needs_confirmation: true, confidence: 0.7 }), null)).toBe('confirm')
    expect(cardState(entry({ needs_confirmation: true, confidence: 0.7 }), null, true)).toBe('resolved')
    // "Not this": the likely match is turned down, and Download All leaves it out
    expect(cardState(entry({ needs_confirmation: true, confidence: 0.7 }), null, false)).toBe('rejected')
    expect(isDownloadAllCandidate('rejected')).toBe(false)
    // a sure match has nothing to turn down
    expect(cardState(entry(), null, false)).toBe('resolved')
  })

  it('follows the latest download task once there is one', () => {
    const card = entry()
    for (const status of ['waiting', 'downloading', 'verifying', 'failed', 'cancelled']) {
      expect(cardState(card, fileTask({ status }))).toBe(status)
    }
    expect(cardState(card, fileTask({ status: 'completed' }))).toBe('present')
    expect(presentPath(card, fileTask({ status: 'completed', path: 'detail.safetensors' }))).toBe('loras/detail.safetensors')
  })

  it('shows a file found in another folder as such', () => {
    const card = entryFromMissingModel({
      reference: { name: 'flux1-dev.safetensors', folder: 'diffusion_models', node_id: '1', node_type: 'UNETLoader' },
      status: 'elsewhere',
      found_elsewhere: 'checkpoints/flux1-dev.safetensors',
      message: 'found in checkpoints/, this loader reads diffusion_models/',
      resource: null,
    })
    expect(cardState(card, null)).toBe('elsewhere')
  })

  it('offers to Download All only what can be fetched without asking', () => {
    const failed = fileTask({ status: 'failed', retryable: true })
    const offered = ['present', 'resolved', 'unresolved', 'waiting', 'downloading', 'verifying', 'failed', 'cancelled', 'confirm', 'elsewhere', 'blocked'].filter(
      (state) => isDownloadAllCandidate(state, failed),
    )
    expect(offered).toEqual(['resolved', 'failed', 'cancelled'])
  })
})
