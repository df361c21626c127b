// "Use this file": the file already on disk a missing model's node can load instead, from what the backend
// said — the same bytes under another name (sure), another precision of the model (to check), a unique file of
// the same name in a subfolder, or the same name under another model extension in the loader's folder.

function clean(name) {
  return String(name ?? '')
    .replace(/\\/g, '/')
    .replace(/^\/+|\/+$/g, '')
}

/** `{from, to, evidence, sure}` to re-point the nodes naming `from` at the listed `to`, or null. */
export function localChoice(model) {
  const reference = model?.reference
  const resource = model?.resource
  const folder = reference?.folder
  let to = ''
  let evidence = ''
  let sure = true
  if (model?.status === 'missing' && resource?.already_downloaded && resource.local_path) {
    to = resource.local_path
    evidence = resource.evidence || ''
    sure = !resource.needs_confirmation
  } else if (model?.status === 'present' && model.local_path) {
    to = model.local_path
  } else if (model?.status === 'elsewhere' && folder && clean(model.found_elsewhere).startsWith(`${folder}/`)) {
    to = clean(model.found_elsewhere).slice(folder.length + 1)
    evidence = model.message || ''
  }
  if (!to || !reference?.name || clean(to) === clean(reference.name)) return null
  return { from: reference.name, to: clean(to), evidence, sure }
}
