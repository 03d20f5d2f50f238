// The user's library folder: lists its documents by page from library.json alone (a copy is read when its row is
// shown or its document opened), adds and removes them. Copies are named by content hash (re-adding a removed file
// finds its annotations again); the manifest is written atomically, one write after another.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  ArchiveDocumentEntry,
  ArchivePageRequest,
  ArchiveProblem,
  ArchiveRow,
  ImportDocumentResult,
  LibraryDocumentResult,
  LibraryPage,
  RemoveDocumentResult
} from '../../shared/archive/archive-types'
import { writeAtomically } from '../files/atomic-write'
import { mapLimited } from '../files/map-limited'
import { CopyChecks, CHECKS_AT_ONCE } from './copy-checks'
import type { DocumentParser } from './document-parser'
import { libraryCatalogue, type LibraryCatalogue } from './library-catalogue'
import { LIBRARY_MANIFEST, withTitleOf, type LibraryEntry, type LibraryManifest } from './library-manifest'
import { LibraryTrash } from './library-trash'
import { loadManifest } from './load-manifest'
import { entryProblem, EntryReader } from './read-entry'
import { readTitles, withTitles } from './titles-ahead'
import { prepareCopy } from './prepare-copy'
import { GONE, takeBackCopy } from './take-back-copy'
import { fileVersion } from '../files/file-version'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The manifest as read last, with its rows: read again only when library.json changed. */
interface Listed {
  version: string
  manifest: LibraryManifest
  catalogue: LibraryCatalogue
}

/** The user's library in `dir`. */
export class UserLibrary {
  /** Writes run one after another, so two imports never lose each other's manifest entry. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly trash: LibraryTrash
  private readonly entries: EntryReader
  /** What a recovery of library.json said: shown with every listing of this session. */
  private recovery: ArchiveProblem[] = []
  private listed: Listed | null = null
  /** The copies checked or read this session, and the damaged ones' problems. */
  private readonly checks = new CopyChecks()
  /** Titles being filled ahead, and the list they were last tried for (each list is tried once). */
  private filling: Promise<number> | null = null
  private filledFor: LibraryCatalogue | null = null

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
    // Whatever happens to the write, the next listing reads the file again.
    this.listed = null
    return writeAtomically(join(this.dir, LIBRARY_MANIFEST), JSON.stringify(manifest, null, 2))
  }

  /** The manifest and its rows, from memory while library.json is unchanged (call inside {@link serial}). */
  private async current(): Promise<Listed> {
    const path = join(this.dir, LIBRARY_MANIFEST)
    const before = await fileVersion(path)
    if (this.listed?.version === before) return this.listed
    const manifest = await this.manifest()
    // Read after the load: a recovery has written the file it returns.
    const listed = { version: await fileVersion(path), manifest, catalogue: libraryCatalogue(manifest.documents) }
    this.listed = listed
    return listed
  }

  /** Checks one copy once (size and SHA-256, not parsed); a damaged one is remembered as its row's problem. */
  private async check(entry: LibraryEntry): Promise<void> {
    if (this.checks.known(entry)) return
    try {
      await this.entries.verify(entry)
      this.checks.pass(entry)
    } catch (error) {
      this.checks.fail(entry, entryProblem(entry, error))
    }
  }

  /** A row as the list shows it: a damaged copy goes by the name of the file the user added, with its problem. */
  private marked(row: ArchiveRow, entry: LibraryEntry): ArchiveRow {
    const problem = this.checks.problemOf(entry)
    return problem ? { ...row, title: entry.originalName, problem } : row
  }

  /**
   * Rows `offset…offset+limit` in title order (French collation), of the whole library or of the titles matching
   * `query`, from library.json alone; with `verify`, the copies of those rows are checked first (size and SHA-256)
   * and a damaged one is marked. Never blocked by a damaged copy; an unreadable library.json is the page's problem.
   */
  async page(request: ArchivePageRequest): Promise<LibraryPage> {
    let listed: Listed
    try {
      listed = await this.serial(() => this.current())
    } catch (error) {
      const problem: ArchiveProblem = { kind: 'invalid-manifest', file: LIBRARY_MANIFEST, message: message(error) }
      return { total: 0, offset: 0, rows: [], problems: [problem] }
    }
    const { entries, rows, ...page } = listed.catalogue.page(request)
    if (request.verify) await mapLimited(entries, CHECKS_AT_ONCE, (entry) => this.check(entry))
    const unverified = entries.some((entry) => !this.checks.known(entry))
    const titlesPending = this.fillAhead(listed)
    return {
      ...page,
      rows: rows.map((row, index) => this.marked(row, entries[index] as LibraryEntry)),
      problems: [...this.recovery],
      ...(unverified ? { unverified } : {}),
      ...(titlesPending ? { titlesPending } : {})
    }
  }

  /** Starts filling the titles library.json lacks, once per list; true while it runs. */
  private fillAhead(listed: Listed): boolean {
    if (this.filling) return true
    if (this.filledFor === listed.catalogue) return false
    this.filledFor = listed.catalogue
    if (!listed.manifest.documents.some((entry) => entry.title === undefined && !this.checks.problemOf(entry)))
      return false
    void this.fillTitles().catch(() => undefined)
    return true
  }

  /**
   * Reads the documents whose entry has no title (a library made by an older Folio), a few at a time through the
   * parser, then writes their titles into library.json once. Resolves with how many were written; a copy that does
   * not read is marked damaged and keeps its file's name. Started by the first listing; tests may await it.
   */
  fillTitles(): Promise<number> {
    this.filling ??= (async () => {
      const { manifest } = await this.serial(() => this.current())
      const untitled = manifest.documents.filter((entry) => entry.title === undefined && !this.checks.problemOf(entry))
      if (untitled.length === 0) return 0
      const titles = await readTitles(
        untitled,
        async (entry) => {
          const document = await this.entries.read(entry)
          this.checks.pass(entry)
          return document
        },
        (entry, error) => this.checks.fail(entry, entryProblem(entry, error))
      )
      if (titles.size === 0) return 0
      return this.serial(async () => {
        const filled = withTitles((await this.current()).manifest, titles)
        if (filled.written > 0) await this.writeManifest(filled.manifest)
        return filled.written
      })
    })().finally(() => {
      this.filling = null
    })
    return this.filling
  }

  /** One document, read and checked now (its copy's size and SHA-256, then parsed); a failure marks its row. */
  async read(id: string): Promise<LibraryDocumentResult> {
    let entry: LibraryEntry | undefined
    try {
      entry = (await this.serial(() => this.current())).catalogue.entry(id)
    } catch (error) {
      const problem: ArchiveProblem = { kind: 'invalid-manifest', file: LIBRARY_MANIFEST, message: message(error) }
      return { ok: false, damaged: { id, file: LIBRARY_MANIFEST, title: id, problem } }
    }
    if (!entry) return { ok: false, unlisted: true, message: 'Ce document n’est pas dans votre bibliothèque.' }
    try {
      const document = await this.entries.read(entry)
      this.checks.pass(entry)
      return { ok: true, entry: document }
    } catch (error) {
      const problem = entryProblem(entry, error)
      this.checks.fail(entry, problem)
      return { ok: false, damaged: { id, file: entry.originalName, title: entry.originalName, problem } }
    }
  }

  /** One document as {@link read} gives it; null when it is not there or cannot be read (main's first screen). */
  async document(id: string): Promise<ArchiveDocumentEntry | null> {
    const read = await this.read(id).catch(() => null)
    return read?.ok ? read.entry : null
  }

  /** Copies the file at `sourcePath` into the library, after reading and parsing it. */
  add(sourcePath: string): Promise<ImportDocumentResult> {
    return this.serial(async () => {
      const prepared = await prepareCopy(sourcePath, (entry, bytes) => this.entries.parse(entry, bytes), this.now())
      if (!prepared.ok) return prepared
      const { entry, bytes, document } = prepared
      const { id, originalName } = entry
      try {
        const { manifest } = await this.current()
        if (manifest.documents.some((existing) => existing.id === id)) {
          return { ok: false, reason: 'duplicate', message: `« ${originalName} » est déjà dans votre bibliothèque.` }
        }
        await mkdir(this.dir, { recursive: true })
        await writeAtomically(join(this.dir, entry.file), bytes)
        const listed = withTitleOf(entry, document)
        await this.writeManifest({ ...manifest, documents: [...manifest.documents, listed] })
        this.checks.pass(listed)
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
        const { manifest } = await this.current()
        const entry = manifest.documents.find((doc) => doc.id === id)
        if (!entry) return { ok: false, message: 'Ce document n’est pas dans votre bibliothèque.' }
        const now = this.now()
        await this.trash.keep(entry, now)
        await this.writeManifest({ ...manifest, documents: manifest.documents.filter((doc) => doc.id !== id) })
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
        const { manifest } = await this.current()
        const listed = manifest.documents.find((doc) => doc.id === id)
        if (listed) {
          return {
            ok: false,
            reason: 'duplicate',
            message: `« ${listed.originalName} » est déjà dans votre bibliothèque.`
          }
        }
        const item = await this.trash.item(id)
        if (!item) return { ok: false, reason: 'failed', message: `${GONE} : ajoutez à nouveau son fichier.` }
        const { entry } = item
        name = entry.originalName
        const document = await takeBackCopy(this.trash, this.entries, entry)
        const restored = withTitleOf(entry, document)
        await this.writeManifest({ ...manifest, documents: [...manifest.documents, restored] })
        this.checks.pass(restored)
        await this.trash.forget(id).catch(() => undefined)
        return { ok: true, entry: document }
      } catch (error) {
        // The file and the cause: the renderer's words already say it could not be put back.
        return { ok: false, reason: 'failed', message: `« ${name} » : ${message(error)}` }
      }
    })
  }
}
