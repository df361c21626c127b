// What the sidebar says about a node type no installed pack provides (a `custom_nodes` item of
// /civitai/missing: {type, pack, version, core, message}), in the user's language.
import { t } from './i18n.js'

const REGISTRY_PAGE = 'https://registry.comfy.org/nodes/'
const GITHUB_REPO = /^[\w.-]+\/[\w.-]+$/
const COMMIT = /^[0-9a-f]{7,40}$/

function versionWords(version) {
  return COMMIT.test(version) ? t('workflow.nodeCommit', { commit: version.slice(0, 12) }) : t('workflow.nodeVersion', { version })
}

/** One sentence: update ComfyUI, install this pack, or nobody knows. */
export function nodeTypeAdvice(node) {
  if (node.core) return node.version ? t('workflow.nodeCore', { version: node.version }) : t('workflow.nodeCoreNoVersion')
  if (!node.pack) return t('workflow.nodeUnknown')
  if (!node.version) return t('workflow.nodePack', { pack: node.pack })
  return t('workflow.nodePackVersion', { pack: node.pack, version: versionWords(node.version) })
}

/** Where the pack lives: its GitHub repository (an aux_id) or its Comfy Registry page. */
export function nodeTypeLink(node) {
  if (node.core || !node.pack) return ''
  return GITHUB_REPO.test(node.pack) ? `https://github.com/${node.pack}` : `${REGISTRY_PAGE}${encodeURIComponent(node.pack)}`
}

const RANK = (node) => (node.core ? 0 : node.pack ? 1 : 2)

export function sortNodeTypes(nodes) {
  return [...nodes].sort((a, b) => RANK(a) - RANK(b) || String(a.pack ?? '').localeCompare(String(b.pack ?? '')) || a.type.localeCompare(b.type))
}
