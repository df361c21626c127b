// Fails when the committed ../js/main.js is not what the sources build to right now.
// Builds into a temporary directory with the same vite.config.js and compares the bytes.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const uiDir = fileURLToPath(new URL('..', import.meta.url))
const committedBundle = path.join(uiDir, '..', 'js', 'main.js')
const STALE = 'js/main.js is stale: run `npm run build` in ui/ and commit it'

async function buildFresh() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'civitai-sidebar-bundle-'))
  try {
    await build({ root: uiDir, configFile: path.join(uiDir, 'vite.config.js'), build: { outDir } })
    return { files: await readdir(outDir), bundle: await readFile(path.join(outDir, 'main.js')).catch(() => null) }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}

/** @returns {string} what is wrong, or '' when the committed bundle is current */
async function findProblem() {
  const { files, bundle } = await buildFresh()
  if (files.join() !== 'main.js') return `the build must emit exactly main.js, it emitted: ${files.join(', ') || 'nothing'}`
  const committed = await readFile(committedBundle).catch(() => null)
  if (!committed) return `${STALE} (js/main.js is missing)`
  if (!bundle.equals(committed)) return `${STALE} (fresh build: ${bundle.length} bytes, committed: ${committed.length} bytes)`
  return ''
}

const problem = await findProblem()
if (problem) {
  console.error(problem)
  process.exitCode = 1
} else {
  console.log('js/main.js is up to date')
}
