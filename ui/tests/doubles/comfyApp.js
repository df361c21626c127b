// Stands in for ComfyUI's `scripts/app.js`. Tests give `app` the members they need
// (registerExtension, extensionManager...) and clear it with resetApp().
export const app = {}

export function resetApp() {
  for (const key of Object.keys(app)) delete app[key]
}
