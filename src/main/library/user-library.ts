// The user's library folder: lists, adds and removes their documents. Copies are named by content
// hash (re-adding a removed file finds its annotations again); the manifest is written atomically.

import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type {
  ArchiveDocumentEntry,
  ImportDocumentResult,
  LibraryLoadResult,
  RemoveDocumentResult
} from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import { describeIssues } from '../archive/manifest-schema'
import { writeAtomically } from '../files/atomic-write'
import {
  emptyManifest,
  LIBRARY_MANIFEST,
  libraryManifestSchema,
  type LibraryEntry,
  type LibraryManifest
} from './library-manifest'
import { LibraryTrash, TRASH_FOLDER } from './library-trash'
import { kindOfFile, readUserDocument } from './read-user-document'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

async function readManifest(dir: string): Promise<LibraryManifest> {
  let text: string
  try {
    text = await readFile(join(dir, LIBRARY_MANIFEST), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyManifest()
    throw error
  }
  const parsed = libraryManifestSchema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`Manifeste de la bibliothèque invalide — ${describeIssues(parsed.error)}`)
  return parsed.data
}

function toEntry(entry: LibraryEntry, bytes: Uint8Array): ArchiveDocumentEntry {
  const document = readUserDocument(bytes, entry.kind, entry.id, entry.originalName)
  return { id: entry.id, origin: 'user', file: entry.originalName, document, notes: [] }
}

/** Reads one entry's copy, checks it is the file that was added (SHA-256) and parses it; throws when not. */
async function readEntry(dir: string, entry: LibraryEntry): Promise<ArchiveDocumentEntry> {
  const bytes = await readFile(join(dir, entry.file))
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  if (sha256 !== entry.sha256) throw new Error('Le fichier a été modifié ou corrompu depuis son ajout.')
  return toEntry(entry, bytes)
}

/** The user's library in `dir`. */
export class UserLibrary {
  /** Writes run one after another, so two imports never lose each other's manifest entry. */
  private queue: Promise<unknown> = Promise.resolve()

  private readonly trash: LibraryTrash

  /** `now` is the clock the trash dates removals with (tests move it). */
  constructor(
    private readonly dir: string,
    private readonly now: () => Date = () => new Date()
  ) {
    this.trash = new LibraryTrash(dir)
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Every readable document; damaged ones are reported in `problems`. */
  async list(): Promise<LibraryLoadResult> {
    let manifest: LibraryManifest
    try {
      manifest = await readManifest(this.dir)
    } catch (error) {
      return {
        documents: [],
        problems: [{ kind: 'invalid-manifest', file: LIBRARY_MANIFEST, message: message(error) }]
      }
    }
    const result: LibraryLoadResult = { documents: [], problems: [] }
    for (const entry of manifest.documents) {
      try {
        result.documents.push(await readEntry(this.dir, entry))
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
        result.problems.push({
          kind: missing ? 'missing' : 'invalid-document',
          file: entry.originalName,
          message: missing ? 'Le fichier est introuvable.' : message(error)
        })
      }
    }
    return result
  }

  /** One document, read and checked as {@link list} does; null when it is not there or cannot be read. */
  async document(id: string): Promise<ArchiveDocumentEntry | null> {
    try {
      const entry = (await readManifest(this.dir)).documents.find((candidate) => candidate.id === id)
      return entry ? await readEntry(this.dir, entry) : null
    } catch {
      return null
    }
  }

  /** Copies the file at `sourcePath` into the library, after reading and parsing it. */
  add(sourcePath: string): Promise<ImportDocumentResult> {
    return this.serial(async () => {
      const originalName = basename(sourcePath)
      const kind = kindOfFile(originalName)
      if (!kind)
        return {
          ok: false,
          reason: 'unsupported',
          message: `« ${originalName} » : seuls les fichiers .txt et .md (Markdown) peuvent être ajoutés.`
        }
      let bytes: Uint8Array
      try {
        const { size } = await stat(sourcePath)
        if (size > MAX_ARTICLE_BYTES) {
          return {
            ok: false,
            reason: 'too-large',
            message: `« ${originalName} » fait ${(size / 1024 / 1024).toFixed(1)} Mo ; la limite est de 10 Mo.`
          }
        }
        bytes = await readFile(sourcePath)
      } catch (error) {
        return { ok: false, reason: 'failed', message: `« ${originalName} » n’a pas pu être lu : ${message(error)}` }
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const id = `u-${sha256.slice(0, 16)}`
      const entry: LibraryEntry = {
        id,
        file: `${id}.${kind === 'markdown' ? 'md' : 'txt'}`,
        kind: kind === 'article' ? (kindOfFile(originalName, new TextDecoder().decode(bytes)) ?? 'article') : kind,
        originalName,
        sha256,
        bytes: bytes.byteLength,
        addedAt: new Date().toISOString()
      }
      let document: ArchiveDocumentEntry
      try {
        document = toEntry(entry, bytes)
      } catch (error) {
        if (!(error instanceof ArticleParseError)) throw error
        const reason = error.problem === 'too-large' ? 'too-large' : error.problem
        return { ok: false, reason, message: `« ${originalName} » : ${error.message}` }
      }
      try {
        const manifest = await readManifest(this.dir)
        if (manifest.documents.some((existing) => existing.id === id)) {
          return { ok: false, reason: 'duplicate', message: `« ${originalName} » est déjà dans votre bibliothèque.` }
        }
        await mkdir(this.dir, { recursive: true })
        await writeAtomically(join(this.dir, entry.file), bytes)
        manifest.documents.push(entry)
        await writeAtomically(join(this.dir, LIBRARY_MANIFEST), JSON.stringify(manifest, null, 2))
        // Added again after a removal: the file is back, its trash item has nothing left to undo.
        await this.trash.forget(id).catch(() => undefined)
        return { ok: true, entry: document }
      } catch (error) {
        return {
          ok: false,
          reason: 'failed',
          message: `L’ajout a échoué, la bibliothèque est inchangée : ${message(error)}`
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
        const manifest = await readManifest(this.dir)
        const entry = manifest.documents.find((doc) => doc.id === id)
        if (!entry) return { ok: false, message: 'Ce document n’est pas dans votre bibliothèque.' }
        const now = this.now()
        await this.trash.keep(entry, now)
        manifest.documents = manifest.documents.filter((doc) => doc.id !== id)
        await writeAtomically(join(this.dir, LIBRARY_MANIFEST), JSON.stringify(manifest, null, 2))
        await this.trash.moveCopyIn(entry)
        // The removal is done; an old trash that cannot be purged now will be at the next one.
        await this.trash.purge(now).catch(() => undefined)
        return { ok: true }
      } catch (error) {
        return { ok: false, message: `Le retrait a échoué : ${message(error)}` }
      }
    })
  }

  /** Puts back a document the user removed (undo): its copy, checked against its SHA-256, and its entry as it was. */
  restore(id: string): Promise<ImportDocumentResult> {
    return this.serial(async () => {
      try {
        const manifest = await readManifest(this.dir)
        const listed = manifest.documents.find((doc) => doc.id === id)
        if (listed)
          return {
            ok: false,
            reason: 'duplicate',
            message: `« ${listed.originalName} » est déjà dans votre bibliothèque.`
          }
        const item = await this.trash.item(id)
        if (!item)
          return {
            ok: false,
            reason: 'failed',
            message: 'Ce document n’est plus dans la corbeille de la bibliothèque : ajoutez à nouveau son fichier.'
          }
        const { entry } = item
        const { inTrash, inLibrary } = this.trash.copyPaths(entry)
        let document: ArchiveDocumentEntry
        let fromTrash = true
        try {
          document = await readEntry(this.dir, { ...entry, file: `${TRASH_FOLDER}/${entry.file}` })
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
          // The removal was cut short before the move: the copy never left the library.
          fromTrash = false
          document = await readEntry(this.dir, entry).catch((missing: unknown) => {
            if ((missing as NodeJS.ErrnoException).code !== 'ENOENT') throw missing
            throw new Error('la copie du document n’est plus dans la corbeille : ajoutez à nouveau son fichier.')
          })
        }
        if (fromTrash) await rename(inTrash, inLibrary)
        manifest.documents.push(entry)
        await writeAtomically(join(this.dir, LIBRARY_MANIFEST), JSON.stringify(manifest, null, 2))
        await this.trash.forget(id).catch(() => undefined)
        return { ok: true, entry: document }
      } catch (error) {
        return { ok: false, reason: 'failed', message: `« ${id} » n’a pas pu être remis : ${message(error)}` }
      }
    })
  }
}
