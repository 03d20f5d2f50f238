import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig, type UserConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { build } from 'rolldown'
import type { Plugin } from 'vite'
import { allowInlineCode, inlineCode } from './src/main/window/content-security-policy'
import { CATALOG_PRELOAD_ATTRIBUTE } from './src/shared/first-screen/first-screen-ids'

/** The first frame's script (src/renderer/src/first-screen/first-frame-script.ts, which runs first-frame.ts), bundled on its own as a classic script. */
async function firstFrameScript(): Promise<string> {
  const input = resolve(__dirname, 'src/renderer/src/first-screen/first-frame-script.ts')
  const { output } = await build({
    input,
    platform: 'browser',
    write: false,
    logLevel: 'warn',
    output: { format: 'iife', minify: true }
  })
  return output[0].code.trim()
}

/** Refuses code that would end its inline element early (or, for CSS, fetch a file relative to the wrong folder). */
function inlinable(code: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}`, 'i').test(code))
    throw new Error(`The first frame's ${tag} contains </${tag}> and cannot be inlined`)
  if (tag === 'style' && /url\((?!\s*["']?data:)/i.test(code))
    throw new Error('The stylesheet refers to a file by url(): inlined, it would resolve from another folder')
  return code
}

/**
 * Nothing on the first frame's critical path but the page itself: the app's stylesheet goes into the
 * page as a <style>, and the first frame's script (cached highlights, reading position) as an inline
 * script after the first screen main puts into the page. The page's CSP allows both by their hashes.
 * The boot script stays a module file that no longer holds the first frame.
 */
const inlineFirstFrame: Plugin = {
  name: 'folio-inline-first-frame',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    async handler(html, context) {
      const bundle = context.bundle ?? {}
      let page = html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
        const asset = bundle[fileName]
        if (asset?.type !== 'asset') throw new Error(`Stylesheet ${fileName} not in the bundle`)
        delete bundle[fileName]
        return `<style>${inlinable(String(asset.source), 'style')}</style>`
      })
      const left = Object.keys(bundle).filter((fileName) => fileName.endsWith('.css'))
      if (left.length)
        throw new Error(`Stylesheets not in the page: ${left.join(', ')} (import them from the boot script)`)
      const script = inlinable(await firstFrameScript(), 'script')
      page = page.replace('</body>', () => `  <script>${script}</script>\n  </body>`)
      return page.replace(
        /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/,
        (_, open: string, policy: string, close: string) => open + allowInlineCode(policy, inlineCode(page)) + close
      )
    }
  }
}

/** The UI's catalog of one language (src/renderer/src/i18n/load-catalog.ts loads it). */
const CATALOG_MODULE = /[\\/]src[\\/]renderer[\\/]src[\\/]i18n[\\/]locales[\\/](\w+)\.ts$/

/** The app's module (the boot script imports it at once, and starts it once the first screen is painted). */
const APP_MODULE = /[\\/]src[\\/]renderer[\\/]src[\\/]main\.tsx$/

/**
 * The app's code is fetched and compiled while the page is still being parsed and painted: a modulepreload
 * link in the page for the app's chunk and every chunk it imports statically, so that the boot script's
 * import finds it ready instead of starting the download after the first frame. Measured (startup bench,
 * 11 starts each, twice): the app interactive ≈70 ms sooner, the first frame ≈5 ms later. The catalogs of
 * the UI's languages are listed too, each marked with its language; main drops the ones the page does not show.
 */
const preloadApp: Plugin = {
  name: 'folio-preload-app',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const chunks = Object.values(context.bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []))
      const app = chunks.find((chunk) => chunk.facadeModuleId && APP_MODULE.test(chunk.facadeModuleId))
      if (!app) throw new Error('The app chunk (src/renderer/src/main.tsx) is not in the bundle')
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
      const files = new Set<string>()
      const add = (fileName: string) => {
        if (files.has(fileName)) return
        files.add(fileName)
        for (const imported of byName.get(fileName)?.imports ?? []) add(imported)
      }
      add(app.fileName)
      const links = [...files]
        .filter((fileName) => !html.includes(`./${fileName}"`))
        .map((fileName) => `<link rel="modulepreload" crossorigin href="./${fileName}">`)
      // Each language's catalog, marked with its language: main keeps the one the page shows (first-screen.ts).
      for (const chunk of chunks) {
        const language = chunk.facadeModuleId ? CATALOG_MODULE.exec(chunk.facadeModuleId)?.[1] : undefined
        if (language)
          links.push(
            `<link rel="modulepreload" crossorigin href="./${chunk.fileName}" ${CATALOG_PRELOAD_ATTRIBUTE}="${language}">`
          )
      }
      return html.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`)
    }
  }
}

/**
 * Main's build. zod is bundled (tree-shaken): required whole from node_modules it loads ~1 MB, 95 modules,
 * at every start. React is bundled too, for the first screen (main/first-screen/first-screen-markup.tsx):
 * - NODE_ENV is fixed at build time, so that only React's production build is in the bundle (and runs,
 *   since nothing sets NODE_ENV in the packaged app);
 * - `react-dom/server` is its static renderer alone (renderToStaticMarkup, the half of server.node that
 *   needs no Node built-in): half the code of server.node or server.browser, ~8 ms to load instead of ~20,
 *   and no MessageChannel opened at load as server.browser does. Tests import the package's own entry.
 */
function mainConfig(mode: string): UserConfig['main'] {
  const production = mode !== 'development'
  const staticRenderer = `react-dom-server-legacy.node.${production ? 'production' : 'development'}.js`
  return {
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    resolve: {
      alias: [
        { find: /^react-dom\/server$/, replacement: resolve(__dirname, 'node_modules/react-dom/cjs', staticRenderer) }
      ]
    },
    build: { externalizeDeps: { exclude: ['zod', 'react', 'react-dom'] } }
  }
}

/** pdf.js's data folders the PDF reader loads by URL (src/renderer/src/copies/pdf/pdf-assets.ts): `pdfjs/<folder>/`. */
const PDFJS_FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs']
const pdfjsRoot = resolve(__dirname, 'node_modules/pdfjs-dist')

/** Ships pdf.js's CMaps, standard fonts, wasm decoders and ICC profiles beside the built page (served as-is in dev). */
const pdfjsAssets: Plugin = {
  name: 'folio-pdfjs-assets',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      const match = /^\/pdfjs\/([a-z_]+)\/([\w.-]+)$/.exec((request.url ?? '').split('?')[0]!)
      if (!match || !PDFJS_FOLDERS.includes(match[1]!)) return next()
      const file = join(pdfjsRoot, match[1]!, match[2]!)
      if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return next()
      createReadStream(file).pipe(response)
    })
  },
  generateBundle() {
    for (const folder of PDFJS_FOLDERS)
      for (const name of readdirSync(join(pdfjsRoot, folder)))
        this.emitFile({
          type: 'asset',
          fileName: `pdfjs/${folder}/${name}`,
          source: readFileSync(join(pdfjsRoot, folder, name))
        })
  }
}

export default defineConfig(({ mode }) => ({
  main: mainConfig(mode),
  // The sandboxed preload can require nothing but 'electron': zod (its mini build, which checks the events
  // main sends: shared/ipc/folio-events.ts) is bundled into it.
  preload: { build: { externalizeDeps: { exclude: ['zod'] } } },
  renderer: {
    plugins: [react(), inlineFirstFrame, preloadApp, pdfjsAssets],
    build: {
      // FOLIO_NO_MINIFY=1: readable chunks for CPU profiles (docs/benchmarks.md, start-up); the stylesheet stays minified.
      minify: !process.env.FOLIO_NO_MINIFY,
      cssMinify: true,
      // One stylesheet, put into the page (inlineFirstFrame): no chunk loads one of its own when imported.
      cssCodeSplit: false
    }
  }
}))
