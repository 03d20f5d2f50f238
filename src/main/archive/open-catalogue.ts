// Opens an archive folder's catalogue: its catalogue.folio when the build wrote one (read by ranges,
// file-catalogue.ts), else, for an archive with only its manifest, the archive read whole once (memory-catalogue.ts).

import { lstat, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveCatalogue } from './archive-catalogue'
import { ArchiveError, errorCode, fileError } from './archive-error'
import { CATALOGUE_FILE } from './catalogue-format'
import { openFileCatalogue } from './file-catalogue'
import { loadArchive, MANIFEST_FILE } from './load-archive'
import { memoryCatalogue } from './memory-catalogue'

/** Whether `root` holds a catalogue.folio (anything by that name: a damaged one is reported, not skipped). */
async function hasCatalogueFile(root: string): Promise<boolean> {
  try {
    await lstat(join(root, CATALOGUE_FILE))
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw fileError(CATALOGUE_FILE, error)
  }
}

/**
 * The catalogue of the archive in `dir`. When catalogue.folio is there it is the truth (manifest.json is kept
 * beside it for older versions of Folio). @throws ArchiveError naming the file and the problem.
 */
export async function openCatalogue(dir: string): Promise<ArchiveCatalogue> {
  let root: string
  try {
    root = await realpath(dir)
  } catch (error) {
    throw fileError(MANIFEST_FILE, error)
  }
  if (await hasCatalogueFile(root)) return openFileCatalogue(root)
  const loaded = await loadArchive(root)
  if (!loaded.ok) throw new ArchiveError(loaded.problem)
  return memoryCatalogue(root, loaded)
}
