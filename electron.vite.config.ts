import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * Marks the entry script render-blocking (Vite drops the attribute from index.html): the first frame of main's
 * first screen then waits for the boot script, which paints the user's highlights from its cache at once.
 */
const renderBlockingEntry: Plugin = {
  name: 'folio-render-blocking-entry',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/<script type="module" crossorigin src=/, '<script type="module" blocking="render" crossorigin src=')
  }
}

export default defineConfig({
  // zod is bundled (tree-shaken): required whole from node_modules it loads ~1 MB, 95 modules, at every start.
  main: { build: { externalizeDeps: { exclude: ['zod'] } } },
  preload: {},
  renderer: {
    plugins: [react(), renderBlockingEntry],
    build: { minify: true }
  }
})
