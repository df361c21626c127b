// Builds the sidebar into ONE file, ../js/main.js, which ComfyUI serves and imports as an extension.
// ComfyUI imports every .js file under js/, so the build must not emit chunks or a CSS file.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import cssInjectedByJs from 'vite-plugin-css-injected-by-js'

// The host's own modules: resolved by the browser at run time, never bundled.
export const HOST_MODULES = ['../../scripts/app.js', '../../scripts/api.js']

export default defineConfig({
  plugins: [
    vue(),
    // Only .js files are loaded as extensions, so the CSS travels inside main.js.
    cssInjectedByJs({ attributes: { id: 'civitai-sidebar-styles' } }),
  ],
  // Vue and PrimeVue read process.env.NODE_ENV; in lib mode Vite leaves it alone unless told.
  define: { 'process.env.NODE_ENV': '"production"' },
  publicDir: false,
  logLevel: 'warn',
  build: {
    lib: {
      entry: fileURLToPath(new URL('./src/main.js', import.meta.url)),
      formats: ['es'],
      fileName: () => 'main.js',
    },
    outDir: fileURLToPath(new URL('../js', import.meta.url)),
    emptyOutDir: false, // js/ is committed; we only ever write js/main.js into it
    minify: 'oxc',
    sourcemap: false,
    reportCompressedSize: false,
    // Vite 8 names these rolldownOptions (rollupOptions is its deprecated alias).
    rolldownOptions: {
      external: HOST_MODULES,
      output: {
        codeSplitting: false, // one file, even if a dynamic import() appears later
        // Vite keeps whitespace in ES libraries (for other bundlers); this file goes straight to
        // the browser, so minify it fully (keeping only comments marked as legal notices).
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
})
