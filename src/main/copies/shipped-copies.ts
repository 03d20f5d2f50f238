// The copies an archive ships, taken into the user's library the first time the archive opens: each file checked
// again (shipped-copy-check.ts: a file changed since the build is refused, never kept), attached to its links as a
// copy the user attached would be, marked as shipped; then remembered (shipped-offers.ts), never offered again.

import type { AttachCopyResult, CopyEntry, CopyLink } from '../../shared/copies/copy-types'
import { readShippedCopies } from '../archive/shipped-copies-file'
import type { ArchiveCopy } from '../archive/manifest-schema'
import { copyIdOf } from './copy-manifest'
import { checkShippedCopyFile, type CheckedCopyFile } from './shipped-copy-check'
import type { ShippedOffers } from './shipped-offers'
import type { CopyLimits } from './sniff-copy'

/** The open archive, as the shipped copies need it. */
export interface ShippedArchive {
  /** Its stable id (ArchiveInfo.id): what offers are remembered by. */
  id: string
  /** Its folder, where the copies' files are. */
  root: string
  /** The id the page knows the archive's document `own` by (scoped for an archive from disk); undefined if unlisted. */
  documentId(own: string): Promise<string | undefined>
}

/** A shipped copy the library could not take, for the card of the link it was shipped for. */
export interface ShippedCopyProblem {
  link: CopyLink
  file: string
  sha256: string
  bytes: number
  message: string
}

/** What the copy store does for the shipped copies. */
export interface CopyAdopter {
  /** Adds `links` and the mark to the library's copy of content `sha256`; false when it holds none. */
  adoptKnown(sha256: string, links: CopyLink[], archiveId: string): Promise<boolean>
  /** Keeps the checked file as a copy attached to `links`, marked as shipped with `archiveId`. */
  adopt(file: CheckedCopyFile, links: CopyLink[], archiveId: string): Promise<AttachCopyResult>
}

/** The listed copies not offered before, one group per content (one file, every link it is shipped for). */
async function newCopies(archive: ShippedArchive, offers: ShippedOffers): Promise<Map<string, ArchiveCopy[]>> {
  const read = await readShippedCopies(archive.root)
  for (const { index, message } of read.problems)
    console.error(`copies.folio de l’archive ${archive.id}${index === null ? '' : ` (copies.${index})`} : ${message}`)
  const groups = new Map<string, ArchiveCopy[]>()
  for (const copy of read.copies) {
    if (await offers.has(archive.id, copy.sha256)) continue
    groups.set(copy.sha256, [...(groups.get(copy.sha256) ?? []), copy])
  }
  return groups
}

/**
 * Offers `archive`'s shipped copies to the library: those taken are remembered, those refused come back (with
 * their problem, for their cards) and are offered again at the next start, when the file may have been mended.
 */
export async function offerShippedCopies(
  archive: ShippedArchive,
  store: CopyAdopter,
  offers: ShippedOffers,
  limits?: CopyLimits
): Promise<ShippedCopyProblem[]> {
  const problems: ShippedCopyProblem[] = []
  const taken: string[] = []
  for (const [sha256, copies] of await newCopies(archive, offers)) {
    const links: CopyLink[] = []
    for (const copy of copies) {
      const documentId = await archive.documentId(copy.document)
      // The build checked it; a catalogue that no longer lists it has no card to show the copy on.
      if (documentId === undefined)
        console.error(`Copie fournie ${copy.file} : le document ${copy.document} n’est pas listé.`)
      else links.push({ documentId, linkId: copy.link })
    }
    const first = copies[0]
    if (!first || links.length === 0) continue
    const refuse = (message: string) => {
      for (const link of links) problems.push({ link, file: first.file, sha256, bytes: first.bytes, message })
    }
    try {
      // The library already has these very bytes (checked when kept): the archive's file need not be read.
      if (await store.adoptKnown(sha256, links, archive.id)) {
        taken.push(sha256)
        continue
      }
      const checked = await checkShippedCopyFile(archive.root, first, limits)
      if (!checked.ok) {
        refuse(checked.message)
        continue
      }
      const kept = await store.adopt(checked.copy, links, archive.id)
      if (kept.ok) taken.push(sha256)
      else refuse(kept.message)
    } catch (error) {
      refuse(error instanceof Error ? error.message : String(error))
    }
  }
  if (taken.length > 0) await offers.add(archive.id, taken)
  return problems
}

/** A shipped copy that could not be taken, as its link's card lists it: with its problem, never readable. */
const problemEntry = (problem: ShippedCopyProblem, archiveId: string, at: Date): CopyEntry => ({
  id: copyIdOf(problem.sha256),
  kind: /\.pdf$/i.test(problem.file) ? 'pdf' : 'html',
  fileName: problem.file,
  size: problem.bytes,
  sha256: problem.sha256,
  attachedAt: at.toISOString(),
  links: [problem.link],
  pages: null,
  title: null,
  shipped: { archiveId, problem: problem.message }
})

/** The open archive's shipped copies, offered to the library once a run per archive (the copy store's). */
export class ShippedCopyOffers {
  /** What could not be taken, by archive id: each archive is offered once a run. */
  private readonly offered = new Map<string, Promise<CopyEntry[]>>()

  constructor(
    private readonly archive: () => Promise<ShippedArchive | null>,
    private readonly store: CopyAdopter,
    private readonly offers: ShippedOffers,
    private readonly limits: CopyLimits | undefined,
    private readonly now: () => Date
  ) {}

  /**
   * Offers the open archive's shipped copies if not done yet this run (before the first list, so that its cards show
   * them); resolves with those that could not be taken, as entries with their problem. Never throws: logs a failure.
   */
  async refused(): Promise<CopyEntry[]> {
    let archive: ShippedArchive | null = null
    try {
      archive = await this.archive()
    } catch (error) {
      console.error('Copies fournies : archive illisible', error)
    }
    if (!archive) return []
    const { id } = archive
    let offered = this.offered.get(id)
    if (!offered) {
      offered = offerShippedCopies(archive, this.store, this.offers, this.limits).then(
        (problems) => problems.map((problem) => problemEntry(problem, id, this.now())),
        (error: unknown) => {
          console.error(`Copies fournies avec l’archive ${id} non proposées`, error)
          return []
        }
      )
      this.offered.set(id, offered)
    }
    return offered
  }
}
