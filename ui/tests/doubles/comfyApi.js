// Stands in for ComfyUI's `scripts/api.js`: fetchApi answers from a route table that tests fill
// with respondWith(), and server events can be pushed with emitServerEvent().
export const routes = new Map()
const target = new EventTarget()

export const api = {
  fetchApi: async (route, init = {}) => {
    api.calls.push({ route, init })
    const answer = routes.get(route)
    if (!answer) return new Response('404: Not Found', { status: 404, statusText: 'Not Found' })
    return typeof answer === 'function' ? answer(init) : answer.clone()
  },
  calls: [],
  addEventListener: (type, listener) => target.addEventListener(type, listener),
  removeEventListener: (type, listener) => target.removeEventListener(type, listener),
}

/** Answer `route` with `body` as JSON (or with a function returning a Response, e.g. to throw). */
export function respondWith(route, body, status = 200) {
  routes.set(route, typeof body === 'function' ? body : Response.json(body, { status }))
}

/** What ComfyUI does when the server sends {type, data} over its WebSocket. */
export function emitServerEvent(type, data) {
  target.dispatchEvent(new CustomEvent(type, { detail: data }))
}

export function resetApi() {
  routes.clear()
  api.calls.length = 0
}
