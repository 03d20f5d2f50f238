// Saving and opening the user's files (exports, backups, imports) on behalf of the renderer.
// The dialogs are passed in; writes are durable (atomic-write.ts) so a failed save never leaves half a file.

import { lstat, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { decodeText } from '../../shared/archive/text-encoding'
import { writeAtomically } from './atomic-write'
import { fileNameProblem, visibleFileName, withFilterExtension } from './file-names'
import {
  MAX_TEXT_FILE_BYTES,
  type FileFilter,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type SaveFileRequest,
  type SaveFileResult
} from '../../shared/ipc/contract'

export interface FileDialogs {
  /** The path the user chose to save to, or null when they cancelled. */
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | null>
  /** The path of the file the user chose to open, or null when they cancelled. */
  chooseOpenPath(filters: FileFilter[]): Promise<string | null>
  /** The folder the user chose (an archive to open), or null when they cancelled. */
  chooseFolder(): Promise<string | null>
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false
  )

/**
 * Asks where to save, then writes durably (see {@link writeAtomically}; a symbolic link chosen stays a link,
 * the file replaced keeps its permissions). The name gets the chosen type's extension when it has none of
 * the filters' (see {@link withFilterExtension}); a name with control characters is refused, and so is an
 * added extension that would replace a file the dialog never asked about.
 */
export async function saveTextFile(request: SaveFileRequest, dialogs: FileDialogs): Promise<SaveFileResult> {
  const chosen = await dialogs.chooseSavePath(request.suggestedName, request.filters)
  if (!chosen) return { ok: false, reason: 'canceled', message: 'Enregistrement annulé.' }
  const chosenName = basename(chosen)
  const problem = fileNameProblem(chosenName)
  if (problem) return { ok: false, reason: 'failed', message: `« ${visibleFileName(chosenName)} » : ${problem}.` }
  const name = withFilterExtension(chosenName, request.filters)
  const path = name === chosenName ? chosen : join(dirname(chosen), name)
  if (path !== chosen && (await exists(path))) {
    return {
      ok: false,
      reason: 'failed',
      message: `« ${name} » existe déjà : choisissez-le dans la boîte de dialogue pour le remplacer.`
    }
  }
  try {
    await writeAtomically(path, request.content)
    return { ok: true, fileName: name }
  } catch (error) {
    return { ok: false, reason: 'failed', message: `Le fichier n’a pas pu être écrit : ${message(error)}` }
  }
}

/** Asks for a file, then reads it as UTF-8 or UTF-16 (see {@link decodeText}), refusing files over 100 MB and binary files. */
export async function openTextFile(request: OpenTextFileRequest, dialogs: FileDialogs): Promise<OpenTextFileResult> {
  const path = await dialogs.chooseOpenPath(request.filters)
  if (!path) return { ok: false, reason: 'canceled', message: 'Ouverture annulée.' }
  const fileName = basename(path)
  try {
    const { size } = await stat(path)
    if (size > MAX_TEXT_FILE_BYTES) {
      return {
        ok: false,
        reason: 'too-large',
        message: `« ${fileName} » fait ${(size / 1024 / 1024).toFixed(0)} Mo ; la limite est de 100 Mo.`
      }
    }
    // The one text rule: UTF-8 (BOM or not) and UTF-16 read, the rest named (text-encoding.ts).
    const decoded = decodeText(await readFile(path))
    if (decoded.ok) return { ok: true, fileName, content: decoded.text }
    const what = decoded.problem === 'binary' ? 'est un fichier binaire, pas du texte' : 'n’est pas du texte UTF-8'
    return { ok: false, reason: 'not-text', message: `« ${fileName} » ${what}.` }
  } catch (error) {
    return { ok: false, reason: 'failed', message: `« ${fileName} » n’a pas pu être lu : ${message(error)}` }
  }
}
