// Hand the user a file the page made (a lock file): a Blob behind an <a download> click, which the browser saves
// like any download, without a round trip to the server.

/** How long the Blob's URL stays valid after the click: the browser reads it asynchronously. */
const URL_LIFETIME_MS = 60_000

/** Save `text` as a file named `filename` in the user's downloads. */
export function saveTextFile(filename, text, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS)
}
