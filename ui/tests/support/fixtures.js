// Shapes the backend sends, with defaults a test overrides field by field.

/** A Resource of /civitai/resolve (also what /civitai/missing puts in `resource`). */
export function resource(overrides = {}) {
  return {
    folder: 'loras',
    filename: 'detail.safetensors',
    subfolder: '',
    url: 'https://civitai.com/api/download/models/111',
    size: 151_000_000,
    sha256: 'a'.repeat(64),
    kind: 'lora',
    name: 'Detail Tweaker',
    weight: 0.8,
    resolved: true,
    reason: null,
    model_id: 11,
    model_version_id: 111,
    model_name: 'Detail Tweaker',
    version_name: 'v1',
    civitai_type: 'LORA',
    base_model: 'SD 1.5',
    trained_words: [],
    already_downloaded: false,
    local_path: null,
    page_url: 'https://civitai.com/models/11?modelVersionId=111',
    early_access_ends_at: null,
    needs_key: false,
    confidence: 1,
    evidence: 'Civitai says this hash is this file',
    needs_confirmation: false,
    sources: ['civitaiResources'],
    ...overrides,
  }
}

export const CHECKPOINT = resource({
  folder: 'checkpoints',
  filename: 'dreamshaper_8.safetensors',
  kind: 'checkpoint',
  name: 'DreamShaper',
  weight: null,
  size: 2_100_000_000,
  model_name: 'DreamShaper',
})

/** A file task payload of the progress event / GET /civitai/downloads. */
export function fileTask(overrides = {}) {
  return {
    task_id: 't1',
    kind: 'file',
    batch_id: null,
    filename: 'detail.safetensors',
    folder: 'loras',
    subfolder: '',
    path: 'detail.safetensors',
    status: 'downloading',
    progress: 50,
    downloaded_bytes: 75_500_000,
    total_bytes: 151_000_000,
    speed: 1_000_000,
    error: null,
    ...overrides,
  }
}

export function batchTask(overrides = {}) {
  return {
    task_id: 'b1',
    kind: 'batch',
    filename: '2 files',
    status: 'downloading',
    progress: 10,
    downloaded_bytes: 1000,
    total_bytes: 10000,
    speed: 0,
    completed_count: 0,
    total_count: 2,
    items: ['t1', 't2'],
    error: null,
    ...overrides,
  }
}

/** A /civitai/resolve answer. */
export function resolved(overrides = {}) {
  return {
    image: {
      id: 4242,
      url: 'https://image.civitai.com/x/4242.jpeg',
      width: 512,
      height: 768,
      type: 'image',
      username: 'painter',
      base_model: 'SD 1.5',
      nsfw_level: 1,
      created_at: '2024-01-01T00:00:00Z',
      page_url: 'https://civitai.com/images/4242',
    },
    metadata: {
      prompt: 'a castle on a hill',
      negative_prompt: 'blurry',
      seed: 1234,
      steps: 25,
      cfg: 7,
      sampler: 'euler_ancestral',
      scheduler: 'karras',
      width: 512,
      height: 768,
      clip_skip: 2,
      denoise: null,
      hires: { upscale: 2, upscaler: '4x-UltraSharp', steps: 10, denoise: 0.4, width: 1024, height: 1536 },
      vae: null,
      model_name: 'DreamShaper',
      base_model: 'SD 1.5',
      engine: null,
    },
    notices: ['The image lists a LoRA Civitai no longer has.'],
    meta_available: true,
    resources: [CHECKPOINT, resource()],
    workflow_type: 'txt2img-hires',
    ...overrides,
  }
}

/** A /civitai/resolve answer to a pasted model link, version link or AIR: one version's file, no image. */
export function resolvedModel(overrides = {}) {
  return {
    kind: 'model',
    image: null,
    model: {
      id: 1102,
      name: 'SynthwavePunk',
      type: 'Checkpoint',
      version_id: 1292,
      version_name: 'v3 Alpha',
      base_model: 'SD 1.5',
      page_url: 'https://civitai.red/models/1102?modelVersionId=1292',
    },
    metadata: null,
    notices: ['The link names no version: the newest one, v3 Alpha, is shown.'],
    meta_available: false,
    resources: [
      resource({
        folder: 'checkpoints',
        filename: 'synthwavepunk_v3Alpha.safetensors',
        kind: 'checkpoint',
        name: 'SynthwavePunk',
        weight: null,
        url: 'https://civitai.red/api/download/models/1292?fileId=5148',
        model_id: 1102,
        model_version_id: 1292,
        sources: ['the pasted link'],
      }),
    ],
    workflow_type: null,
    ...overrides,
  }
}
