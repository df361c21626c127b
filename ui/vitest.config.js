// Tests run the sources against fake ComfyUI modules: the real `../../scripts/app.js` and
// `../../scripts/api.js` only exist inside a running ComfyUI.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const double = (name) => fileURLToPath(new URL(`./tests/doubles/${name}`, import.meta.url))

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: [
      { find: /^\.\.\/\.\.\/scripts\/app\.js$/, replacement: double('comfyApp.js') },
      { find: /^\.\.\/\.\.\/scripts\/api\.js$/, replacement: double('comfyApi.js') },
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.js'],
    setupFiles: ['tests/support/setup.js'],
  },
})
