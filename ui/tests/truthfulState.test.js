// State that tells the truth: the disk wins over a finished task, a reload brings the last view back,
// and the tab's button counts the running downloads whether the tab is open or not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { app, resetApp } from './doubles/comfyApp.js'
import { resetApi, respondWith } from './doubles/comfyApi.js'
import { cardState, entryFromResource, targetKey } from '../src/cards.js'
import { applyProgress, resetDownloadState, stateStamp, taskForTarget } from '../src/stores/downloadStore.js'
import { recheckDisk, resetDiskState, taskAgainstDisk, withDiskTruth } from '../src/stores/diskStore.js'
import { recallLastView, rememberLastView } from '../src/stores/sessionMemory.js'
import { activeView, restoreLastView, showView } from '../src/stores/viewStore.js'
import { badgeText, followDownloadBadge } from '../src/sidebarTab.js'
import { setSidebarTabBadge } from '../src/host.ts'
import { fileTask, resource } from './support/fixtures.js'

const LORA = resource({ filename: 'detail.safetensors', folder: 'loras' })
const KEY = targetKey('loras', '', 'detail.safetensors')

beforeEach(() => {
  resetDownloadState()
  resetDiskState()
  resetApi()
  sessionStorage.clear()
})

afterEach(() => resetApp())

function shownState(entry) {
  const seen = withDiskTruth(entry)
  return cardState(seen, taskAgainstDisk(seen.key, taskForTarget(seen.key)))
}

describe('the disk is the truth', () => {
  it('a file deleted after its download finished is offered again once the disk was looked at', async () => {
    const entry = entryFromResource(LORA, stateStamp())
    applyProgress(fileTask({ status: 'downloading' }))
    applyProgress(fileTask({ status: 'completed', progress: 100 }))
    expect(shownState(entry)).toBe('present')

    respondWith('/models/loras', ['other.safetensors'])
    await recheckDisk([entry])

    expect(shownState(entry)).toBe('resolved')
  })

  it('a file the backend found present that is gone is missing; one that arrived is present', async () => {
    const gone = { ...entryFromResource({ ...LORA, already_downloaded: true }, stateStamp()) }
    const arrived = entryFromResource({ ...LORA, filename: 'new.safetensors' }, stateStamp())
    respondWith('/models/loras', ['new.safetensors'])
    await recheckDisk([gone, arrived])
    expect(shownState(gone)).toBe('resolved')
    expect(shownState(arrived)).toBe('present')
  })

  it('a download that ends while the disk is looked at wins over that look', async () => {
    const entry = entryFromResource(LORA, stateStamp())
    applyProgress(fileTask({ status: 'downloading' }))
    let answer
    respondWith('/models/loras', () => new Promise((resolve) => (answer = resolve)))
    const looking = recheckDisk([entry])
    applyProgress(fileTask({ status: 'completed', progress: 100 }))
    answer(Response.json([]))
    await looking
    expect(shownState(entry)).toBe('present')
  })

  it('a failed or cancelled download keeps its card after the disk was looked at (Retry stays offered)', async () => {
    const entry = entryFromResource(LORA, stateStamp())
    applyProgress(fileTask({ status: 'downloading' }))
    applyProgress(fileTask({ status: 'failed', error: 'SHA-256 mismatch' }))
    respondWith('/models/loras', [])
    await recheckDisk([entry])
    expect(shownState(entry)).toBe('failed')
  })

  it('a folder ComfyUI does not know leaves what was known', async () => {
    const entry = entryFromResource({ ...LORA, already_downloaded: true }, stateStamp())
    await recheckDisk([entry]) // /models/loras answers 404 in the double
    expect(shownState(entry)).toBe('present')
  })
})

describe('a reload brings the last view back', () => {
  it('remembers the view and the image looked up, for this page only', () => {
    showView('workflow')
    rememberLastView({ imageQuery: '4242' })
    activeView.value = 'image'
    restoreLastView()
    expect(activeView.value).toBe('workflow')
    expect(recallLastView()).toEqual({ view: 'workflow', imageQuery: '4242' })
  })

  it('a damaged saved value starts empty', () => {
    sessionStorage.setItem(`civitai-sidebar:last-view:${location.pathname}`, '{not json')
    expect(recallLastView()).toEqual({})
  })
})

describe("the tab's badge", () => {
  it('counts queued and running downloads through the host copy of the tab, and goes at 0', async () => {
    const hostTab = { id: 'civitai-sidebar' }
    app.extensionManager = { getSidebarTabs: () => [hostTab] }
    const stop = followDownloadBadge()
    applyProgress(fileTask({ task_id: 'a', status: 'downloading' }))
    applyProgress(fileTask({ task_id: 'b', filename: 'b.safetensors', path: 'b.safetensors', status: 'waiting' }))
    await Promise.resolve()
    expect(hostTab.iconBadge()).toBe('2')
    applyProgress(fileTask({ task_id: 'a', status: 'completed' }))
    applyProgress(fileTask({ task_id: 'b', filename: 'b.safetensors', path: 'b.safetensors', status: 'failed' }))
    await Promise.resolve()
    expect(hostTab.iconBadge()).toBeNull()
    stop()
  })

  it('caps its text and does nothing on a host without the tab', () => {
    expect([badgeText(0), badgeText(7), badgeText(120)]).toEqual([null, '7', '99+'])
    app.extensionManager = {}
    expect(() => setSidebarTabBadge('civitai-sidebar', '1')).not.toThrow()
  })
})
