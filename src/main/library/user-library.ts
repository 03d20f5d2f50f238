// The user's library folder: lists, adds and removes their documents. Copies are named by content
// hash (re-adding a removed file finds its annotations again); the manifest is written atomically.

import { mkdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type {
  ArchiveDocumentEntry,
  ArchiveProblem,
  ImportDocumentResult,
  LibraryLoadResult,
  RemoveDocumentResult
} from '../../shared/archive/archive-types'
import { decodedOrUndefined, MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import { writeAtomically } from '../files/atomic-write'
import { toDisplayName } from './display-name'
import type { DocumentParser } from './document-parser'
import {
  copyFileName,
  idOfContent,
  LIBRARY_MANIFEST,
  sha256Of,
  type LibraryEntry,
  type LibraryManifest
} from './library-manifest'
import { LibraryTrash, TRASH_FOLDER } from './library-trash'
import { loadManifest } from './load-manifest'
import { entryProblem, EntryReader } from './read-entry'
import { FileRefusal, readRegularFile } from './read-regular-file'
import { kindOfFile } from './read-user-document'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/** The user's library in `dir`. */
export class UserLibrary {
  /** Writes run one after another, so two imports never lose each other's manifest entry. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly trash: LibraryTrash
  private readonly entries: EntryReader
  /** What a recovery of library.json said: shown with every listing of this session. */
  private recovery: ArchiveProblem[] = []

  /**
   * `parseDocument` reads every copy (in the app, off main's event loop: parse-worker-pool.ts); `now` is the
   * clock the trash and the recovery date things with (tests move it).
   */
  constructor(
    private readonly dir: string,
    private readonly parseDocument: DocumentParser,
    private readonly now: () => Date = () => new Date()
  ) {
    this.trash = new LibraryTrash(dir)
    this.entries = new EntryReader(dir, parseDocument)
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** The manifest, recovered first if damaged (call inside {@link serial}: recovery writes). */
  private async manifest(): Promise<LibraryManifest> {
    const { manifest, problems } = await loadManifest(this.dir, this.now(), this.parseDocument)
    if (problems.length > 0) this.recovery = problems
    return manifest
  }

  private writeManifest(manifest: LibraryManifest): Promise<void> {
    return writeAtomically(join(this.dir, LIBRARY_MANIFEST), JSON.stringify(manifest, null, 2))
  }

  /** Every readable document; the others are reported by name in `problems`, never blocking the rest. */
  async list(): Promise<LibraryLoadResult> {
    let manifest: LibraryManifest
    try {
      manifest = await this.serial(() => this.manifest())
    } catch (error) {
      return {
        documents: [],
        problems: [{ kind: 'invalid-manifest', file: LIBRARY_MANIFEST, message: message(error) }]
      }
    }
    const result: LibraryLoadResult = { documents: [], problems: [...this.recovery] }
    for (const { entry, document, error } of await this.entries.readAll(manifest.documents)) {
      if (document) result.documents.push(document)
      else result.problems.push(entryProblem(entry, error))
    }
    return result
  }

  /** One document, read and checked as {@link list} does; null when it is not there or cannot be read. */
  async document(id: string): Promise<ArchiveDocumentEntry | null> {
    try {
      const entry = (await this.serial(() => this.manifest())).documents.find((candidate) => candidate.id === id)
      return entry ? await this.entries.read(entry) : null
    } catch {
      return null
    }
  }

  /** Copies the file at `sourcePath` into the library, after reading and parsing it. */
  add(sourcePath: string): Promise<ImportDocumentResult> {
    return this.serial(async () => {
      // The one name rule: what is written here is what library.json's schema accepts back.
      const originalName = toDisplayName(basename(sourcePath))
      const kind = kindOfFile(originalName)
      if (!kind) {
        const text = `« ${originalName} » : seuls les fichiers .txt et .md (Markdown) peuvent être ajoutés.`
        return { ok: false, reason: 'unsupported', message: text }
      }
      let bytes: Uint8Array
      try {
        // A link the user picked is followed; what it leads to must be a regular file (never a FIFO or a device).
        bytes = await readRegularFile(sourcePath, { limit: MAX_ARTICLE_BYTES, followLinks: true })
      } catch (error) {
        if (error instanceof FileRefusal && error.reason === 'too-large') {
          const size = (error.bytes / 1024 / 1024).toFixed(1)
          return {
            ok: false,
            reason: 'too-large',
            message: `« ${originalName} » fait ${size} Mo ; la limite est de 10 Mo.`
          }
        }
        if (error instanceof FileRefusal)
          return { ok: false, reason: 'not-a-file', message: `« ${originalName} » : ${error.message}` }
        return { ok: false, reason: 'failed', message: `« ${originalName} » n’a pas pu être lu : ${message(error)}` }
      }
      const sha256 = sha256Of(bytes)
      const id = idOfContent(sha256)
      const entry: LibraryEntry = {
        id,
        file: copyFileName(id, kind),
        kind: kind === 'article' ? (kindOfFile(originalName, decodedOrUndefined(bytes)) ?? 'article') : kind,
        originalName,
        sha256,
        bytes: bytes.byteLength,
        addedAt: this.now().toISOString()
      }
      let document: ArchiveDocumentEntry
      try {
        document = await this.entries.parse(entry, bytes)
      } catch (error) {
        if (!(error instanceof ArticleParseError)) throw error
        const reason = error.problem === 'too-large' ? 'too-large' : error.problem
        const text = `« ${originalName} » : ${error.message}`
        // A text not in UTF-8: what it seems to be in, for the renderer to name in the UI's language.
        return { ok: false, reason, message: text, ...(error.likely ? { likely: error.likely } : {}) }
      }
      try {
        const manifest = await this.manifest()
        if (manifest.documents.some((existing) => existing.id === id)) {
          return { ok: false, reason: 'duplicate', message: `« ${originalName} » est déjà dans votre bibliothèque.` }
        }
        await mkdir(this.dir, { recursive: true })
        await writeAtomically(join(this.dir, entry.file), bytes)
        manifest.documents.push(entry)
        await this.writeManifest(manifest)
        // Added again after a removal: the file is back, its trash item has nothing left to undo.
        await this.trash.forget(id).catch(() => undefined)
        return { ok: true, entry: document }
      } catch (error) {
        return {
          ok: false,
          reason: 'failed',
          // The cause only: the renderer's words already say the add failed and the library is unchanged.
          message: message(error)
        }
      }
    })
  }

  /**
   * Removes a document the user added (never one of the archive's): its entry leaves the manifest and its
   * copy goes to the trash, so {@link restore} can put it back. The order keeps a crash from losing it.
   */
  remove(id: string): Promise<RemoveDocumentResult> {
    return this.serial(async () => {
      try {
        const manifest = await this.manifest()
        const entry = manifest.documents.find((doc) => doc.id === id)
        if (!entry) return { ok: false, message: 'Ce document n’est pas dans votre bibliothèque.' }
        const now = this.now()
        await this.trash.keep(entry, now)
        manifest.documents = manifest.documents.filter((doc) => doc.id !== id)
        await this.writeManifest(manifest)
        await this.trash.moveCopyIn(entry)
        // The removal is done; an old trash that cannot be purged now will be at the next one.
        await this.trash.purge(now).catch(() => undefined)
        return { ok: true }
      } catch (error) {
        // The cause only: the renderer's words already say the document was not removed.
        return { ok: false, message: message(error) }
      }
    })
  }

  /** Puts back a document the user removed (undo): its copy, checked against its SHA-256, and its entry as it was. */
  restore(id: string): Promise<ImportDocumentResult> {
    return this.serial(async () => {
      let name = id
      try {
        const manifest = await this.manifest()
        const listed = manifest.documents.find((doc) => doc.id === id)
        if (listed) {
          return {
            ok: false,
            reason: 'duplicate',
            message: `« ${listed.originalName} » est déjà dans votre bibliothèque.`
          }
        }
        const item = await this.trash.item(id)
        if (!item) return { ok: false, reason: 'failed', message: `${gone} : ajoutez à nouveau son fichier.` }
        const { entry } = item
        name = entry.originalName
        const { inTrash, inLibrary } = this.trash.copyPaths(entry)
        let document: ArchiveDocumentEntry
        let fromTrash = true
        try {
          document = await this.entries.read(entry, `${TRASH_FOLDER}/${entry.file}`)
        } catch (error) {
          if (!isMissing(error)) throw error
          // The removal was cut short before the move: the copy never left the library.
          fromTrash = false
          document = await this.entries.read(entry).catch((missing: unknown) => {
            throw isMissing(missing) ? new Error(`${gone}.`) : missing
          })
        }
        if (fromTrash) await rename(inTrash, inLibrary)
        manifest.documents.push(entry)
        await this.writeManifest(manifest)
        await this.trash.forget(id).catch(() => undefined)
        return { ok: true, entry: document }
      } catch (error) {
        // The file and the cause: the renderer's words already say it could not be put back.
        return { ok: false, reason: 'failed', message: `« ${name} » : ${message(error)}` }
      }
    })
  }
}

const gone = 'Ce document n’est plus dans la corbeille de la bibliothèque'
