// Copy a line of text for the user. The Clipboard API needs a secure context (https or localhost); a ComfyUI
// reached over plain http on the network is not one, so the old copy command is tried, and the caller shows
// the text selected when both fail.

/** Returns whether the text reached the clipboard. */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // fall through to the legacy command
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  return copied
}
