// Printing the open article, end to end in Chromium with main's real handlers: a passage highlighted with a note,
// saved as a PDF with its notes through Folio's print dialog (the menu's "Save as PDF"); the PDF read back with
// pdf.js (the title, the footnote's number and note, none of the app's chrome) and its first page drawn with
// pdftoppm (docs/screenshots/print.png), its highlight's colour counted; and whether Chromium's print paints the
// CSS Custom Highlight API's ::highlight() at all (measured on a page.pdf() of the page as it is); the dark theme
// printed black on white.

import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { readPdfPages } from '../fixtures/pdf-node-read'
import { emitFolioEvent } from './harness/folio-events'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

const MAO = "Mao s'est rendu en Union soviétique"
const TITLE = "Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle"

/** The first page of `pdf` as an image (`format`: png or ppm), written at `out` (no extension: pdftoppm adds it). */
function firstPage(pdf: string, out: string, format: 'png' | 'ppm'): string {
  // PPM is pdftoppm's own format (no option); PNG is asked for.
  execFileSync('pdftoppm', [
    ...(format === 'png' ? ['-png'] : []),
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    out
  ])
  return `${out}.${format}`
}

/** The pages' text in one line: a title or a phrase may wrap on paper. */
const oneLine = (pages: string[]) => pages.join(' ').replace(/\s+/g, ' ')

/** A file's bytes as pdf.js takes them (a Uint8Array, not Node's Buffer). */
const bytes = (path: string) => new Uint8Array(readFileSync(path))

/**
 * Pixels of a binary PPM (P6, as pdftoppm writes it) in the colour of a yellow highlight over white paper:
 * rgba(255, 214, 10, 0.45) over #fff is about (255, 236, 145).
 */
function yellowPixels(ppm: Buffer): number {
  // Header: "P6\n<width> <height>\n255\n", then RGB triples.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))
  if (!header) throw new Error('not a binary PPM')
  let count = 0
  for (let at = header[0].length; at + 2 < ppm.length; at += 3) {
    const [r, g, b] = [ppm[at] as number, ppm[at + 1] as number, ppm[at + 2] as number]
    if (r > 240 && g > 215 && g < 250 && b > 100 && b < 185) count++
  }
  return count
}

/** The share of a PPM's pixels that are dark (each channel under 100): text on paper is a few per cent. */
function darkShare(ppm: Buffer): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))
  if (!header) throw new Error('not a binary PPM')
  let dark = 0
  let all = 0
  for (let at = header[0].length; at + 2 < ppm.length; at += 3, all++)
    if ((ppm[at] as number) < 100 && (ppm[at + 1] as number) < 100 && (ppm[at + 2] as number) < 100) dark++
  return dark / all
}

describe('printing the open article', () => {
  let folio: FolioSession
  let page: Page
  const saveDir = mkdtempSync(join(tmpdir(), 'folio-print-'))

  beforeAll(async () => {
    folio = await launchFolio({ saveDir })
    page = folio.page
    await page.getByRole('heading', { level: 1 }).waitFor()
    await selectText(page, MAO)
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Le voyage à **Moscou**, hors de Chine.')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await page.locator('.annotation-card', { hasText: 'Le voyage à Moscou' }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(saveDir, { recursive: true, force: true })
  })

  it('measures whether Chromium prints the ::highlight() of the page as it is', async () => {
    const pdf = join(saveDir, 'as-is.pdf')
    await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true })
    const painted = yellowPixels(readFileSync(firstPage(pdf, join(saveDir, 'as-is'), 'ppm')))
    // The same page with its highlights taken out of the registry, then put back: what yellow is not theirs.
    const unpainted = join(saveDir, 'unpainted.pdf')
    await page.evaluate(() => {
      const held = CSS.highlights.get('folio-yellow')
      CSS.highlights.delete('folio-yellow')
      ;(window as unknown as { heldHighlight: unknown }).heldHighlight = held
    })
    await page.pdf({ path: unpainted, printBackground: true, preferCSSPageSize: true })
    await page.evaluate(() => {
      const held = (window as unknown as { heldHighlight?: Highlight }).heldHighlight
      if (held) CSS.highlights.set('folio-yellow', held)
    })
    const without = yellowPixels(readFileSync(firstPage(unpainted, join(saveDir, 'unpainted'), 'ppm')))
    console.info(
      `::highlight() in Chromium's print: ${painted} highlight-yellow pixels on page 1 at 80 dpi, ${without} without it`
    )
    expect(without).toBe(0)
    const text = oneLine(await readPdfPages(bytes(pdf)))
    expect(text).toContain(TITLE)
    expect(text).not.toMatch(/Données|Affichage/)
  })

  it('saves the article as a PDF with its notes as footnotes, through Folio’s print dialog', async () => {
    await emitFolioEvent(page, 'menuAction', 'savePdf')
    const dialog = page.getByRole('dialog', { name: 'Imprimer le document' })
    await dialog.getByText('1 passage surligné a une note.').waitFor()
    await dialog.getByRole('checkbox', { name: 'Avec les notes en bas de page' }).check()
    await dialog.getByRole('button', { name: 'Enregistrer en PDF' }).click()
    await page.getByText(/^PDF enregistré : Traité sino-soviétique.*\.pdf$/).waitFor()

    expect(folio.saved).toHaveLength(1)
    const file = folio.saved[0] as string
    expect(file.startsWith(join(saveDir, TITLE))).toBe(true)
    expect(existsSync(file)).toBe(true)
    const pages = await readPdfPages(bytes(file))
    const text = oneLine(pages)
    expect(text).toContain(TITLE)
    // The passage ends with its footnote's number; the footnote gives the quote and the note without its Markdown.
    expect(text).toMatch(/Union soviétique\s*1/)
    expect(text).toContain('Le voyage à Moscou, hors de Chine.')
    expect(text).not.toContain('**')
    expect(text).not.toMatch(/Données|Affichage|Enregistrer en PDF/)
    // What the reader folds is printed open: the source's notes.
    const sourceNote = await page.locator('.source-notes li').first().textContent()
    expect(text).toContain(sourceNote?.replace(/\s+/g, ' ').trim())
    // The page is itself again: no print copy, no footnotes left behind.
    expect(await page.locator('.print-copy, .print-notes').count()).toBe(0)
    expect(await page.locator('.reader sup').count()).toBe(0)

    const marked = yellowPixels(readFileSync(firstPage(file, join(saveDir, 'saved'), 'ppm')))
    console.info(`Print copy's marks: ${marked} highlight-yellow pixels on page 1 at 80 dpi; ${pages.length} pages`)
    expect(marked).toBeGreaterThan(500)
    copyFileSync(firstPage(file, join(saveDir, 'print'), 'png'), join(repoRoot, 'docs/screenshots/print.png'))
  })

  it('prints from the data dialog’s “Imprimer…” the page laid out for print, then leaves it as it was', async () => {
    // Headless Chromium has no print dialog (its window.print() leaves a print pending for good): what the page
    // holds when it asks to print is recorded instead.
    await page.evaluate(() => {
      const calls: { copies: number; numbers: string[]; notes: string[] }[] = []
      ;(window as unknown as { printCalls: typeof calls }).printCalls = calls
      window.print = () =>
        void calls.push({
          copies: document.querySelectorAll('.print-copy').length,
          numbers: [...document.querySelectorAll('.print-copy .print-note-ref')].map((sup) => sup.textContent ?? ''),
          notes: [...document.querySelectorAll('.print-notes li')].map((item) => item.textContent ?? '')
        })
    })
    await page.getByRole('button', { name: 'Données' }).click()
    await page.getByRole('button', { name: 'Imprimer…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Imprimer le document' })
    await dialog.getByRole('button', { name: 'Imprimer', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls)).toEqual([
      { copies: 1, numbers: ['1'], notes: [`« ${MAO} »Le voyage à Moscou, hors de Chine.`] }
    ])
    expect(await page.locator('.print-copy, .print-notes, .reader sup').count()).toBe(0)
    expect(folio.pageErrors).toEqual([])
  })

  it('prints without the notes when they are not chosen', async () => {
    await emitFolioEvent(page, 'menuAction', 'savePdf')
    const dialog = page.getByRole('dialog', { name: 'Imprimer le document' })
    await dialog.getByRole('checkbox', { name: 'Avec les notes en bas de page' }).uncheck()
    await dialog.getByRole('button', { name: 'Enregistrer en PDF' }).click()
    await expect.poll(() => folio.saved.length).toBe(2)
    const file = folio.saved[1] as string
    // The same file, written again: read until it is the new one.
    await expect
      .poll(async () => (await readPdfPages(bytes(file))).join('\n').includes('Le voyage à Moscou'))
      .toBe(false)
    const text = oneLine(await readPdfPages(bytes(file)))
    expect(text).toContain(MAO)
    expect(text).not.toMatch(/Union soviétique\s*1/)
  })

  it('opens Folio’s print dialog with Ctrl+P, not the browser’s print, and the shortcuts help lists it', async () => {
    await page.locator('.reader-pane').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+p')
    const dialog = page.getByRole('dialog', { name: 'Imprimer le document' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Annuler' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: /raccourcis/i })
    await expect.poll(() => help.innerText()).toContain('Ctrl+P')
    await page.keyboard.press('Escape')
  })

  it('prints black on white in the dark theme', async () => {
    await emitFolioEvent(page, 'menuAction', 'theme-dark')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    const pdf = join(saveDir, 'dark.pdf')
    await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true })
    const image = readFileSync(firstPage(pdf, join(saveDir, 'dark'), 'ppm'))
    const share = darkShare(image)
    // The highlight in the paper's yellow, not the dark theme's.
    expect(yellowPixels(image)).toBeGreaterThan(500)
    console.info(`Dark theme printed: ${(share * 100).toFixed(1)} % dark pixels on page 1`)
    expect(share).toBeGreaterThan(0.005)
    expect(share).toBeLessThan(0.15)
  })
})
