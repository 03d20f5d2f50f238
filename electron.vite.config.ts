import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  // zod is bundled (tree-shaken): required whole from node_modules it loads ~1 MB, 95 modules, at every start.
  main: { build: { externalizeDeps: { exclude: ['zod'] } } },
  preload: {},
  renderer: {
    plugins: [react()],
    build: { minify: true }
  }
})
