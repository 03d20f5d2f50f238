// Saving several files at once (an export of one note per document) into a new folder the user names in the save
// dialog: written in a hidden folder beside it, then renamed, so the folder appears whole or not at all.

import { randomBytes } from 'node:crypto'
import { lstat, mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { SaveFileResult, SaveFilesRequest } from '../../shared/ipc/contract'
import { writeAtomically } from './atomic-write'
import { fileNameProblem, repeatedFileName, visibleFileName } from './file-names'
import type { FileDialogs } from './text-files'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false
  )

/** Why the files of `request` cannot be written as named (in French), or null: each a plain name, no two alike. */
export function savedFilesProblem(files: SaveFilesRequest['files']): string | null {
  for (const { name } of files) {
    const problem = fileNameProblem(name)
    if (problem) return `« ${visibleFileName(name)} » : ${problem}`
  }
  const repeated = repeatedFileName(files.map(({ name }) => name))
  return repeated === null ? null : `« ${visibleFileName(repeated)} » est nommé deux fois`
}

/**
 * Asks where to save and the new folder's name, then writes every file into it: each durably (atomic-write.ts),
 * in a hidden `.folio-<hex>.tmp` folder renamed to the chosen name once all are written. A name already taken
 * (a folder with the user's files, a file) is refused, never merged into; a failure leaves nothing behind.
 */
export async function saveFilesInFolder(
  request: SaveFilesRequest,
  dialogs: Pick<FileDialogs, 'chooseSavePath'>
): Promise<SaveFileResult> {
  const problem = savedFilesProblem(request.files)
  if (problem) return { ok: false, reason: 'failed', message: `${problem}.` }
  const chosen = await dialogs.chooseSavePath(request.suggestedName, [])
  if (!chosen) return { ok: false, reason: 'canceled', message: 'Enregistrement annulé.' }
  const folderName = basename(chosen)
  const nameProblem = fileNameProblem(folderName)
  if (nameProblem)
    return { ok: false, reason: 'failed', message: `« ${visibleFileName(folderName)} » : ${nameProblem}.` }
  if (await exists(chosen))
    return {
      ok: false,
      reason: 'failed',
      message: `« ${folderName} » existe déjà : donnez un nouveau nom au dossier, Folio n’écrit pas dans un dossier existant.`
    }
  const temporary = join(dirname(chosen), `.folio-${randomBytes(8).toString('hex')}.tmp`)
  try {
    await mkdir(temporary)
    for (const file of request.files) await writeAtomically(join(temporary, file.name), file.content)
    await rename(temporary, chosen)
    return { ok: true, fileName: folderName }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true }).catch(() => undefined)
    return {
      ok: false,
      reason: 'failed',
      message: `Les fichiers n’ont pas pu être écrits (rien n’a été gardé) : ${message(error)}`
    }
  }
}
