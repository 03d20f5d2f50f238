// Where pdf.js finds its worker, its CMaps, its standard fonts (and its wasm decoders, ICC profiles): the worker is a file of the bundle (a Vite `?url`
// import), the two folders are copied beside the built page by electron.vite.config.ts (served in dev by the same plugin).

import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { GlobalWorkerOptions } from 'pdfjs-dist'

/** The folder, under the page's own URL, that holds pdf.js's `cmaps/` and `standard_fonts/` (see electron.vite.config.ts). */
export const PDFJS_ASSETS = 'pdfjs/'

const assetUrl = (folder: string): string => new URL(`${PDFJS_ASSETS}${folder}/`, document.baseURI).href

/** The worker's URL set once for the page; the document options that point at the bundled assets. */
export function pdfAssets(): {
  cMapUrl: string
  cMapPacked: true
  standardFontDataUrl: string
  wasmUrl: string
  iccUrl: string
} {
  if (!GlobalWorkerOptions.workerSrc) GlobalWorkerOptions.workerSrc = workerUrl
  return {
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    // JPEG 2000 and colour-managed images: pdf.js's decoders in WebAssembly, and its ICC profiles.
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs')
  }
}
