// Adds a file handed to Folio from outside the app (a launch's, a drop's) as what its type makes it: a text or
// Markdown file into the user's library, a PDF or a saved page as a copy on its own, anything else refused. The
// page learns, for each file, whether it was added, already there (then it opens all the same), or refused and why.

import { basename } from 'node:path'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { addedKindOf, type AddedFile } from '../../shared/desktop/added-files'
import type { CopyStore } from '../copies/copy-store'
import type { LaunchGrants } from '../desktop/launch-grants'
import { toDisplayName } from '../library/display-name'
import { idOfContent, sha256Of } from '../library/library-manifest'
import { readRegularFile } from '../library/read-regular-file'
import type { UserLibrary } from '../library/user-library'

/** Where handed files go: the user's library and its copies. */
export interface HandedFileStores {
  library: Pick<UserLibrary, 'add'>
  copies: Pick<CopyStore, 'attach' | 'list'>
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The id the library gives the file at `path` (its content's), to open the one already there. */
async function libraryIdOf(path: string): Promise<string> {
  return idOfContent(sha256Of(await readRegularFile(path, { limit: MAX_ARTICLE_BYTES, followLinks: true })))
}

/** Adds the file at `path` (an absolute path main itself chose or was handed); never throws. */
export async function addHandedFile(path: string, stores: HandedFileStores): Promise<AddedFile> {
  const name = toDisplayName(basename(path))
  const kind = addedKindOf(name)
  if (!kind) {
    const text = `« ${name} » : seuls les textes (.txt), le Markdown (.md), les PDF et les pages web enregistrées (.html, .htm) peuvent être ajoutés.`
    return { ok: false, name, reason: 'unsupported', message: text }
  }
  try {
    if (kind === 'document') {
      const added = await stores.library.add(path)
      if (added.ok)
        return { ok: true, name, kind, already: false, id: added.entry.id, title: added.entry.document.title }
      if (added.reason === 'duplicate') {
        return { ok: true, name, kind, already: true, id: await libraryIdOf(path), title: name }
      }
      // Nothing was asked of the user: a launch or a drop is never 'canceled'.
      const reason = added.reason === 'canceled' ? 'failed' : added.reason
      return { ok: false, name, reason, message: added.message, ...(added.likely ? { likely: added.likely } : {}) }
    }
    const before = new Set((await stores.copies.list(null)).map((copy) => copy.id))
    const attached = await stores.copies.attach(path, null)
    if (!attached.ok) {
      const reason = attached.reason === 'canceled' ? 'failed' : attached.reason
      return { ok: false, name, reason, message: attached.message }
    }
    const { copy } = attached
    const title = copy.title ?? copy.fileName
    return { ok: true, name, kind: copy.kind, already: before.has(copy.id), id: copy.id, title }
  } catch (error) {
    return { ok: false, name, reason: 'failed', message: `« ${name} » n’a pas pu être ajouté : ${message(error)}` }
  }
}

/**
 * Adds each of `paths` that main handed the page as a launch's files (`grants`, each taken once), in turn; a path
 * not granted is refused without being looked at.
 */
export async function addLaunchedFiles(
  paths: readonly string[],
  grants: LaunchGrants,
  stores: HandedFileStores
): Promise<AddedFile[]> {
  const answers: AddedFile[] = []
  for (const path of paths) {
    if (grants.take(path)) answers.push(await addHandedFile(path, stores))
    else {
      const name = toDisplayName(basename(path))
      const text = `« ${name} » : Folio n’a pas reçu ce fichier à son lancement ; ajoutez-le depuis la bibliothèque.`
      answers.push({ ok: false, name, reason: 'not-granted', message: text })
    }
  }
  return answers
}
