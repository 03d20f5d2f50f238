// The copies the user keeps of documents behind archived links (PDFs, saved web pages), in `<library>/copies/`:
// files named by content hash (the same file attached twice is one copy), listed in copies.json, written
// atomically and one write after another. A damaged copies.json is set aside and the store starts empty
// (copy-manifest-file.ts).
// The copies the open archive ships are taken in before the first list (shipped-copies.ts).

import { lstat, mkdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import {
  COPY_ID,
  type AttachCopyResult,
  type CopyEntry,
  type CopyFacts,
  type CopyKind,
  type CopyLink,
  type CopyText,
  type ShippedMark
} from '../../shared/copies/copy-types'
import { writeAtomically } from '../files/atomic-write'
import {
  COPIES_FOLDER,
  copyFileName,
  copyIdOf,
  copyTextFileName,
  keptTitle,
  MAX_COPY_LINKS,
  MAX_COPY_PAGES
} from './copy-manifest'
import { CopyManifestFile } from './copy-manifest-file'
import { readCopyText, writeCopyText } from './copy-text'
import { ShippedCopyOffers, type ShippedArchive } from './shipped-copies'
import type { CheckedCopyFile } from './shipped-copy-check'
import { SHIPPED_OFFERED_FILE, ShippedOffers } from './shipped-offers'
import { sniffCopy, type CopyLimits, type SniffedCopy } from './sniff-copy'

/** A copy's file, for the app's protocol: where it is (from the store, never from a URL) and what it is. */
export interface CopyFile {
  path: string
  kind: CopyKind
  entry: CopyEntry
}

export interface CopyStoreOptions {
  /** The largest file of each kind (tests make them small). */
  limits?: CopyLimits
  /** The clock copies are dated with. */
  now?: () => Date
  /** The archive open now, whose shipped copies are taken in before a list; null when none is open. */
  shippedArchive?: () => Promise<ShippedArchive | null>
}

export type RemoveCopyResult = { ok: true } | { ok: false; message: string }

const UNKNOWN = 'Cette copie n’est pas dans votre bibliothèque.'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const sameLink = (a: CopyLink, b: CopyLink) => a.documentId === b.documentId && a.linkId === b.linkId
const sizeOf = (path: string) =>
  lstat(path).then(
    (info) => (info.isFile() ? info.size : null),
    () => null
  )
const removeIfThere = (path: string) =>
  unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })

export class CopyStore {
  private readonly dir: string
  /** Writes run one after another, so two attaches never lose each other's entry. */
  private queue: Promise<unknown> = Promise.resolve()
  /** copies.json, this store its only writer. */
  private readonly manifestFile: CopyManifestFile
  private readonly limits: CopyLimits | undefined
  private readonly now: () => Date
  /** The open archive's shipped copies, taken in before the first list; null without an archive to ask. */
  private readonly shipped: ShippedCopyOffers | null

  /** The store of the library in `libraryDir` (its copies go in `<libraryDir>/copies/`). */
  constructor(libraryDir: string, options: CopyStoreOptions = {}) {
    this.dir = join(libraryDir, COPIES_FOLDER)
    this.limits = options.limits
    this.now = options.now ?? (() => new Date())
    this.manifestFile = new CopyManifestFile(this.dir, this.now)
    const offers = new ShippedOffers(join(this.dir, SHIPPED_OFFERED_FILE), this.now)
    this.shipped = options.shippedArchive
      ? new ShippedCopyOffers(options.shippedArchive, this, offers, this.limits, this.now)
      : null
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async entry(id: string): Promise<CopyEntry | undefined> {
    if (!COPY_ID.test(id)) return undefined
    return (await this.manifestFile.read()).copies.find((copy) => copy.id === id)
  }

  /**
   * Keeps the file at `path` as a copy attached to `link` (null: on its own), once checked (sniff-copy.ts). The
   * same content again is the same copy, with `link` added if it was not there yet.
   */
  async attach(path: string, link: CopyLink | null): Promise<AttachCopyResult> {
    const sniffed = await sniffCopy(path, this.limits)
    if (!sniffed.ok) return sniffed
    return this.keep(sniffed, createHash('sha256').update(sniffed.bytes).digest('hex'), link ? [link] : [])
  }

  /** Keeps a shipped copy's file, checked against its archive's listing, attached to `links` and marked as shipped. */
  adopt(file: CheckedCopyFile, links: CopyLink[], archiveId: string): Promise<AttachCopyResult> {
    return this.keep(file, file.sha256, links, { archiveId })
  }

  /** Adds `links` (and the shipped mark) to the copy of content `sha256`; false when the library has none. */
  adoptKnown(sha256: string, links: CopyLink[], archiveId: string): Promise<boolean> {
    return this.serial(async () => {
      const manifest = await this.manifestFile.read()
      const known = manifest.copies.find((copy) => copy.id === copyIdOf(sha256) && copy.sha256 === sha256)
      const file = known && join(this.dir, copyFileName(sha256, known.kind))
      if (!known || !file || (await sizeOf(file)) !== known.size) return false
      const added = links.filter((link) => !known.links.some((l) => sameLink(l, link)))
      if (known.links.length + added.length > MAX_COPY_LINKS) return false
      const copy: CopyEntry = { ...known, links: [...known.links, ...added], shipped: known.shipped ?? { archiveId } }
      await this.manifestFile.write({
        ...manifest,
        copies: manifest.copies.map((entry) => (entry.id === copy.id ? copy : entry))
      })
      return true
    })
  }

  /** Keeps checked bytes as a copy attached to `links` (added to the copy of the same content when there is one). */
  private keep(
    { kind, fileName, bytes }: Extract<SniffedCopy, { ok: true }>,
    sha256: string,
    links: CopyLink[],
    shipped?: ShippedMark
  ): Promise<AttachCopyResult> {
    const id = copyIdOf(sha256)
    return this.serial(async () => {
      try {
        const manifest = await this.manifestFile.read()
        const known = manifest.copies.find((copy) => copy.id === id)
        const had = known?.links ?? []
        const added = links.filter(
          (link, index) => !had.some((l) => sameLink(l, link)) && !links.slice(0, index).some((l) => sameLink(l, link))
        )
        if (had.length + added.length > MAX_COPY_LINKS)
          return { ok: false, reason: 'failed', message: `« ${fileName} » est déjà attaché à ${MAX_COPY_LINKS} liens.` }
        const mark = known?.shipped ?? shipped
        const copy: CopyEntry = known
          ? added.length > 0 || mark !== known.shipped
            ? { ...known, links: [...had, ...added], ...(mark ? { shipped: mark } : {}) }
            : known
          : {
              id,
              kind,
              fileName,
              size: bytes.byteLength,
              sha256,
              attachedAt: this.now().toISOString(),
              links: added,
              pages: null,
              title: null,
              ...(shipped ? { shipped } : {})
            }
        const file = join(this.dir, copyFileName(sha256, kind))
        // A known copy's file is written again only if it went missing (or is not whole).
        if (!known || (await sizeOf(file)) !== bytes.byteLength) {
          await mkdir(this.dir, { recursive: true })
          await writeAtomically(file, bytes)
        }
        if (copy !== known) {
          const copies = known
            ? manifest.copies.map((entry) => (entry.id === id ? copy : entry))
            : [...manifest.copies, copy]
          await this.manifestFile.write({ ...manifest, copies })
        }
        return { ok: true, copy }
      } catch (error) {
        return { ok: false, reason: 'failed', message: `« ${fileName} » n’a pas pu être gardé : ${message(error)}` }
      }
    })
  }

  /**
   * The copies attached to a link of `documentId` (every copy for null), the newest first; for a document, then
   * the copies its archive ships that could not be taken, with their problem.
   */
  async list(documentId: string | null): Promise<CopyEntry[]> {
    const problems = (await this.shipped?.refused()) ?? []
    const listed = await this.listKept(documentId)
    if (documentId === null) return listed
    return [...listed, ...problems.filter((entry) => entry.links.some((l) => l.documentId === documentId))]
  }

  private listKept(documentId: string | null): Promise<CopyEntry[]> {
    return this.serial(async () => {
      const { copies } = await this.manifestFile.read()
      const listed =
        documentId === null ? copies : copies.filter((c) => c.links.some((l) => l.documentId === documentId))
      // Later in the list is newer: reversed first, so copies attached in the same millisecond keep that order.
      return [...listed]
        .reverse()
        .sort((a, b) => (a.attachedAt < b.attachedAt ? 1 : a.attachedAt > b.attachedAt ? -1 : 0))
    })
  }

  /** Keeps what the reader learnt of copy `id` (its pages, its title), bounded; null for an unknown copy. */
  describe(id: string, facts: CopyFacts): Promise<CopyEntry | null> {
    return this.serial(async () => {
      const entry = await this.entry(id)
      if (!entry) return null
      const pages =
        facts.pages !== null && Number.isInteger(facts.pages) && facts.pages >= 0 && facts.pages <= MAX_COPY_PAGES
          ? facts.pages
          : null
      const described: CopyEntry = { ...entry, pages, title: keptTitle(facts.title) }
      if (described.pages === entry.pages && described.title === entry.title) return entry
      const manifest = await this.manifestFile.read()
      await this.manifestFile.write({
        ...manifest,
        copies: manifest.copies.map((copy) => (copy.id === id ? described : copy))
      })
      return described
    })
  }

  /** The text kept for copy `id`, or null when none is (or the copy is unknown). */
  readText(id: string): Promise<CopyText | null> {
    return this.serial(async () => {
      const entry = await this.entry(id)
      return entry ? readCopyText(join(this.dir, copyTextFileName(entry.sha256))) : null
    })
  }

  /** Keeps the extracted text of copy `id`. */
  keepText(id: string, text: CopyText): Promise<void> {
    return this.serial(async () => {
      const entry = await this.entry(id)
      if (!entry) throw new Error(UNKNOWN)
      await writeCopyText(join(this.dir, copyTextFileName(entry.sha256)), text)
    })
  }

  /** Detaches copy `id` from `link`; removes it (file, text, entry) when `link` is null or was its last link. */
  remove(id: string, link: CopyLink | null): Promise<RemoveCopyResult> {
    return this.serial(async () => {
      try {
        const entry = await this.entry(id)
        if (!entry) return { ok: false, message: UNKNOWN }
        if (link && !entry.links.some((l) => sameLink(l, link)))
          return { ok: false, message: `« ${entry.fileName} » n’est pas attaché à ce lien.` }
        const manifest = await this.manifestFile.read()
        const links = link ? entry.links.filter((l) => !sameLink(l, link)) : []
        if (links.length > 0) {
          const copies = manifest.copies.map((copy) => (copy.id === id ? { ...entry, links } : copy))
          await this.manifestFile.write({ ...manifest, copies })
          return { ok: true }
        }
        // The entry goes first: a crash after it leaves files no list names, never a listed copy without its file.
        await this.manifestFile.write({ ...manifest, copies: manifest.copies.filter((copy) => copy.id !== id) })
        await removeIfThere(join(this.dir, copyFileName(entry.sha256, entry.kind)))
        await removeIfThere(join(this.dir, copyTextFileName(entry.sha256)))
        return { ok: true }
      } catch (error) {
        return { ok: false, message: message(error) }
      }
    })
  }

  /** Copy `id`'s file for the app's protocol, or null when `id` is no copy's. */
  file(id: string): Promise<CopyFile | null> {
    return this.serial(async () => {
      const entry = await this.entry(id)
      return entry ? { path: join(this.dir, copyFileName(entry.sha256, entry.kind)), kind: entry.kind, entry } : null
    })
  }
}
