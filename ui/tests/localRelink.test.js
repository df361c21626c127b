import { describe, expect, it } from 'vitest'
import { localChoice } from '../src/localRelink.js'

const reference = (name, folder = 'vae') => ({ name, folder, node_id: '1', node_type: 'VAELoader' })

describe('localChoice: the file on disk "Use this file" re-points a node to', () => {
  it('offers the same bytes under another name as sure', () => {
    const model = {
      status: 'missing',
      reference: reference('wanted.safetensors'),
      resource: { already_downloaded: true, local_path: 'kept/copy.safetensors', evidence: 'Already on this machine', needs_confirmation: false },
    }
    expect(localChoice(model)).toEqual({ from: 'wanted.safetensors', to: 'kept/copy.safetensors', evidence: 'Already on this machine', sure: true })
  })

  it('offers a precision variant as one to check', () => {
    const model = { status: 'missing', reference: reference('flux1-dev.safetensors', 'diffusion_models'), resource: { already_downloaded: true, local_path: 'flux1-dev-fp8.safetensors', needs_confirmation: true } }
    expect(localChoice(model).sure).toBe(false)
  })

  it('offers a present file listed under another path, and a renamed one in the same folder, but not another folder', () => {
    expect(localChoice({ status: 'present', reference: reference('x.safetensors'), local_path: 'sub/x.safetensors' }).to).toBe('sub/x.safetensors')
    expect(localChoice({ status: 'present', reference: reference('sub\\x.safetensors'), local_path: 'sub/x.safetensors' })).toBeNull()
    expect(localChoice({ status: 'elsewhere', reference: reference('up'), found_elsewhere: 'vae/up.pt' }).to).toBe('up.pt')
    expect(localChoice({ status: 'elsewhere', reference: reference('u.safetensors'), found_elsewhere: 'checkpoints/u.safetensors' })).toBeNull()
    expect(localChoice({ status: 'missing', reference: reference('m.safetensors'), resource: { url: 'https://x' } })).toBeNull()
  })
})
