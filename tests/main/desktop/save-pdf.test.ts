// Saving the open article as a PDF through main: the save dialog, the calling window printed (a fake
// webContents), the file written whole; and the IPC path that hands the handler its sender after the usual checks.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { PDF_PRINT_OPTIONS, savePdf, type PdfPrinter } from '../../../src/main/desktop/save-pdf'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../src/main/ipc/ipc-router'
import { SettingsStore } from '../../../src/main/settings/settings-store'
import { ipcChannels, type FileFilter } from '../../../src/shared/ipc/contract'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n')

/** A webContents double: prints `bytes` (or fails) and records the options it was given. */
function fakeWebContents(bytes: Uint8Array | Error = PDF) {
  const printToPDF = vi.fn(async (_options: object) => {
    if (bytes instanceof Error) throw bytes
    return bytes
  })
  const printer: PdfPrinter = { printToPdf: (options) => printToPDF(options) }
  return { printToPDF, printer }
}

function dialogsAnswering(path: string | null) {
  const asked: { name: string; filters: FileFilter[] }[] = []
  return {
    asked,
    dialogs: { chooseSavePath: async (name: string, filters: FileFilter[]) => (asked.push({ name, filters }), path) }
  }
}

describe('saving the open article as a PDF', () => {
  it('writes what the window printed, with its backgrounds, where the user chose, and nothing else', async () => {
    const dir = tempDir('folio-pdf-')
    const { printToPDF, printer } = fakeWebContents()
    const { asked, dialogs } = dialogsAnswering(join(dir, 'Le traité.pdf'))
    const result = await savePdf({ notes: true, suggestedName: 'Le traité' }, { dialogs, printer, filterName: 'PDF' })
    expect(result).toEqual({ ok: true, fileName: 'Le traité.pdf' })
    expect(readFileSync(join(dir, 'Le traité.pdf'))).toEqual(Buffer.from(PDF))
    expect(readdirSync(dir)).toEqual(['Le traité.pdf'])
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }))
    expect(PDF_PRINT_OPTIONS.printBackground).toBe(true)
    expect(asked).toEqual([{ name: 'Le traité.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }])
  })

  it('neither prints nor writes when the user cancels', async () => {
    const { printToPDF, printer } = fakeWebContents()
    const result = await savePdf(
      { notes: false, suggestedName: 'a.pdf' },
      { dialogs: dialogsAnswering(null).dialogs, printer, filterName: 'PDF' }
    )
    expect(result).toMatchObject({ ok: false, reason: 'canceled' })
    expect(printToPDF).not.toHaveBeenCalled()
  })

  it('keeps the file already there when printing fails or gives something that is not a PDF', async () => {
    const dir = tempDir('folio-pdf-')
    const path = join(dir, 'a.pdf')
    writeFileSync(path, 'the earlier PDF')
    for (const [outcome, words] of [
      [new Error('renderer gone'), 'renderer gone'],
      [new TextEncoder().encode('<html>'), 'illisible']
    ] as const) {
      const { printer } = fakeWebContents(outcome)
      const result = await savePdf(
        { notes: false, suggestedName: 'a.pdf' },
        { dialogs: dialogsAnswering(path).dialogs, printer, filterName: 'PDF' }
      )
      expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining(words) })
      expect(readFileSync(path, 'utf8')).toBe('the earlier PDF')
      expect(readdirSync(dir)).toEqual(['a.pdf'])
    }
  })

  it('adds .pdf to a chosen name without it, but never over a file the dialog did not ask about', async () => {
    const dir = tempDir('folio-pdf-')
    const { printer } = fakeWebContents()
    const saved = await savePdf(
      { notes: false, suggestedName: 'x.pdf' },
      { dialogs: dialogsAnswering(join(dir, 'notes')).dialogs, printer, filterName: 'PDF' }
    )
    expect(saved).toEqual({ ok: true, fileName: 'notes.pdf' })
    writeFileSync(join(dir, 'other.pdf'), 'kept')
    const refused = await savePdf(
      { notes: false, suggestedName: 'x.pdf' },
      { dialogs: dialogsAnswering(join(dir, 'other')).dialogs, printer, filterName: 'PDF' }
    )
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('existe déjà') })
    expect(readFileSync(join(dir, 'other.pdf'), 'utf8')).toBe('kept')
  })

  it('refuses a chosen name with a bidirectional override, showing it', async () => {
    const dir = tempDir('folio-pdf-')
    const { printer } = fakeWebContents()
    const result = await savePdf(
      { notes: false, suggestedName: 'x.pdf' },
      { dialogs: dialogsAnswering(join(dir, 'report\u202Efdp.exe')).dialogs, printer, filterName: 'PDF' }
    )
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('<U+202E>') })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('the savePdf call over IPC', () => {
  async function router(dir: string) {
    const settings = new SettingsStore(join(dir, 'settings.json'))
    await settings.remember({ ...(await settings.get()), language: 'en' })
    const { asked, dialogs } = dialogsAnswering(join(dir, 'out.pdf'))
    // Only savePdf is called: the other dependencies need not be real.
    const deps = {
      settings,
      dialogs: { ...dialogs, chooseOpenPath: async () => null, chooseFolder: async () => null }
    } as Partial<HandlerDeps> as HandlerDeps
    return { asked, router: createIpcRouter(createHandlers(deps), ['folio://app']) }
  }

  it('prints the window that called, its dialog in the user’s language', async () => {
    const dir = tempDir('folio-pdf-ipc-')
    const { asked, router: r } = await router(dir)
    const { printToPDF, printer } = fakeWebContents()
    const request = { notes: true, suggestedName: 'Article.pdf' }
    await expect(r.dispatch(ipcChannels.savePdf, 'folio://app/index.html', [request], printer)).resolves.toEqual({
      ok: true,
      fileName: 'out.pdf'
    })
    expect(printToPDF).toHaveBeenCalledOnce()
    expect(asked[0]?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }])
  })

  it.each([
    ['another site', 'https://evil.example/', { notes: true, suggestedName: 'a.pdf' }, 'n’est pas une page de Folio'],
    ['a name with a folder', 'folio://app/', { notes: true, suggestedName: '../a.pdf' }, 'Arguments invalides'],
    ['a missing choice', 'folio://app/', { suggestedName: 'a.pdf' }, 'Arguments invalides'],
    ['an extra field', 'folio://app/', { notes: true, suggestedName: 'a.pdf', path: '/etc/x' }, 'Arguments invalides']
  ])('refuses %s and never prints', async (_name, url, request, words) => {
    const dir = tempDir('folio-pdf-ipc-')
    const { router: r } = await router(dir)
    const { printToPDF, printer } = fakeWebContents()
    await expect(r.dispatch(ipcChannels.savePdf, url, [request], printer)).rejects.toThrow(words)
    expect(printToPDF).not.toHaveBeenCalled()
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('says so when the caller gave no window to print', async () => {
    const { router: r } = await router(tempDir('folio-pdf-ipc-'))
    await expect(
      r.dispatch(ipcChannels.savePdf, 'folio://app/', [{ notes: false, suggestedName: 'a.pdf' }])
    ).resolves.toMatchObject({ ok: false, reason: 'failed' })
  })
})
