// Saving the open article as a PDF: asks where (the save dialog), has the calling window print itself with its
// print stylesheet (webContents.printToPDF in the app, Playwright's page.pdf in the E2E), then writes it durably.

import { basename, dirname, join } from 'node:path'
import { lstat } from 'node:fs/promises'
import { writeAtomically } from '../files/atomic-write'
import { fileNameProblem, visibleFileName, withFilterExtension } from '../files/file-names'
import type { FileDialogs } from '../files/text-files'
import type { FileFilter, SaveFileResult, SavePdfRequest } from '../../shared/ipc/contract'

/** What the window is asked for: its backgrounds (highlights) printed, its page size the stylesheet's (@page). */
export const PDF_PRINT_OPTIONS = { printBackground: true, preferCSSPageSize: true } as const

export type PdfPrintOptions = typeof PDF_PRINT_OPTIONS

/** The window that asked: prints itself as a PDF (its bytes). */
export interface PdfPrinter {
  printToPdf(options: PdfPrintOptions): Promise<Uint8Array>
}

export interface SavePdfDeps {
  dialogs: Pick<FileDialogs, 'chooseSavePath'>
  /** The calling window; undefined when the call came from something that cannot print (refused). */
  printer: PdfPrinter | undefined
  /** The dialog's name for PDF files, in the user's language. */
  filterName: string
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false
  )

/** A PDF file starts with this (ISO 32000-1, 7.5.2): anything else is not written. */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

const isPdf = (bytes: Uint8Array) => PDF_SIGNATURE.every((byte, i) => bytes[i] === byte)

/**
 * Asks where to save `request.suggestedName` (".pdf" added when the name has no such extension), prints the
 * calling window to PDF, and writes the bytes atomically (see {@link writeAtomically}). Cancelling writes
 * nothing; a chosen name with control characters, a name changed onto an existing file, a failed print or
 * bytes that are not a PDF are refused with the reason in French.
 */
export async function savePdf(request: SavePdfRequest, deps: SavePdfDeps): Promise<SaveFileResult> {
  if (!deps.printer) return { ok: false, reason: 'failed', message: 'Cette fenêtre ne peut pas être imprimée.' }
  const filters: FileFilter[] = [{ name: deps.filterName, extensions: ['pdf'] }]
  const chosen = await deps.dialogs.chooseSavePath(withFilterExtension(request.suggestedName, filters), filters)
  if (!chosen) return { ok: false, reason: 'canceled', message: 'Enregistrement annulé.' }
  const chosenName = basename(chosen)
  const problem = fileNameProblem(chosenName)
  if (problem) return { ok: false, reason: 'failed', message: `« ${visibleFileName(chosenName)} » : ${problem}.` }
  const name = withFilterExtension(chosenName, filters)
  const path = name === chosenName ? chosen : join(dirname(chosen), name)
  if (path !== chosen && (await exists(path))) {
    return {
      ok: false,
      reason: 'failed',
      message: `« ${name} » existe déjà : choisissez-le dans la boîte de dialogue pour le remplacer.`
    }
  }
  let bytes: Uint8Array
  try {
    bytes = await deps.printer.printToPdf(PDF_PRINT_OPTIONS)
  } catch (error) {
    return { ok: false, reason: 'failed', message: `Le PDF n’a pas pu être produit : ${message(error)}` }
  }
  if (!isPdf(bytes))
    return { ok: false, reason: 'failed', message: 'Le PDF produit est illisible : rien n’a été écrit.' }
  try {
    await writeAtomically(path, bytes)
    return { ok: true, fileName: name }
  } catch (error) {
    return { ok: false, reason: 'failed', message: `Le fichier n’a pas pu être écrit : ${message(error)}` }
  }
}
