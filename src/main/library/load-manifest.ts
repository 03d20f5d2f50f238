// Opens library.json so that the library can always be opened: a damaged, empty or partial list is
// rebuilt from the copies on disk (content-named), the damaged file kept aside, and the user told.

import { lstat, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { ArchiveProblem } from '../../shared/archive/archive-types'
import { MAX_ARTICLE_BYTES } from '../../shared/archive/decode-article'
import { writeAtomically } from '../files/atomic-write'
import { keepAside } from '../files/keep-aside'
import { toDisplayName } from './display-name'
import {
  COPY_FILE_NAME,
  emptyManifest,
  entryTitle,
  idOfContent,
  LIBRARY_MANIFEST,
  sha256Of,
  type LibraryEntry,
  type LibraryManifest,
  type UserDocumentKind
} from './library-manifest'
import { FileRefusal, readRegularFile } from './read-regular-file'
import type { DocumentParser } from './document-parser'
import { kindOfFile } from './read-user-document'
import { salvageManifest, type SkippedEntry } from './salvage-manifest'

/** Largest library.json read (an entry is about 400 bytes: some 20 000 documents). */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024
/** A plain text rebuilt from its copy is named after its first line, cut to this many characters. */
const REBUILT_NAME_LENGTH = 120

/** The manifest, and when it had to be recovered, the notice and what could not be kept. */
export interface ManifestLoad {
  manifest: LibraryManifest
  problems: ArchiveProblem[]
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`

/** The display name of a copy found without its entry: its document's title, as a file name of its kind. */
function rebuiltName(kind: UserDocumentKind, text: string, title: string): string {
  if (kind === 'markdown') return toDisplayName(`${title}.md`)
  // A plain text's title comes from its name: its first line says best what it is.
  const firstLine = kind === 'text' ? (text.replace(/^\ufeff/, '').match(/\S[^\r\n]*/)?.[0] ?? title) : title
  return toDisplayName(`${firstLine.slice(0, REBUILT_NAME_LENGTH).trim()}.txt`)
}

/** The `title` field of an entry for a document of this title (none for a blank one). */
function titleField(title: string): { title?: string } {
  const kept = entryTitle(title)
  return kept === undefined ? {} : { title: kept }
}

/** An entry for the copy `file`, read and checked as add() would; throws with the reason when it cannot be one. */
async function entryFromCopy(
  dir: string,
  file: string,
  id: string,
  extension: string,
  parse: DocumentParser
): Promise<LibraryEntry> {
  const path = join(dir, file)
  const bytes = await readRegularFile(path, { limit: MAX_ARTICLE_BYTES, followLinks: false })
  const sha256 = sha256Of(bytes)
  if (idOfContent(sha256) !== id) throw new Error('son contenu ne correspond plus à son nom : la copie a été modifiée.')
  const text = new TextDecoder().decode(bytes)
  const kind = extension === 'md' ? 'markdown' : (kindOfFile(file, text) ?? 'text')
  const { title } = await parse(bytes, kind, id, file)
  const { mtime } = await lstat(path)
  return {
    id,
    file,
    kind,
    originalName: rebuiltName(kind, text, title),
    sha256,
    bytes: bytes.byteLength,
    addedAt: mtime.toISOString(),
    ...titleField(title)
  }
}

/** Entries for the copies in `dir` that `kept` does not list; the copies that cannot be read, as problems. */
async function rebuildFromCopies(
  dir: string,
  kept: LibraryEntry[],
  parse: DocumentParser
): Promise<{ entries: LibraryEntry[]; problems: ArchiveProblem[] }> {
  const listed = new Set(kept.flatMap((entry) => [entry.id, entry.file]))
  const entries: LibraryEntry[] = []
  const problems: ArchiveProblem[] = []
  for (const file of (await readdir(dir).catch(() => [] as string[])).sort()) {
    const [, id, extension] = COPY_FILE_NAME.exec(file) ?? []
    if (!id || !extension || listed.has(id) || listed.has(file)) continue
    try {
      entries.push(await entryFromCopy(dir, file, id, extension, parse))
      listed.add(id)
    } catch (error) {
      const kind = error instanceof FileRefusal && error.reason === 'not-a-file' ? 'unreadable' : 'invalid-document'
      problems.push({ kind, file, message: `Copie non reprise dans la bibliothèque : ${message(error)}` })
    }
  }
  return { entries, problems }
}

/** The words of the recovery notice. */
function notice(damage: string, kept: number, rebuilt: number, skipped: number, aside: string | null): ArchiveProblem {
  const parts = [
    `La liste de vos documents était abîmée (${damage}).`,
    `Elle a été reconstruite à partir des copies de la bibliothèque : ${plural(kept, 'document gardé', 'documents gardés')} avec son nom,`,
    rebuilt > 1
      ? `${rebuilt} documents retrouvés et nommés d’après leur titre.`
      : `${plural(rebuilt, 'document retrouvé', 'documents retrouvés')} et nommé d’après son titre.`
  ]
  if (skipped > 0)
    parts.push(`${plural(skipped, 'entrée n’a', 'entrées n’ont')} pas pu être reprise${skipped > 1 ? 's' : ''}.`)
  if (aside) parts.push(`L’ancienne liste est gardée dans « ${basename(aside)} ».`)
  return { kind: 'recovered', file: LIBRARY_MANIFEST, message: parts.join(' ') }
}

/** What the list was, as bytes to keep aside and text to salvage; null when there is none. */
async function readListFile(path: string): Promise<{ bytes: Uint8Array; text: string } | { refused: string } | null> {
  try {
    const bytes = await readRegularFile(path, { limit: MAX_MANIFEST_BYTES, followLinks: false })
    return { bytes, text: new TextDecoder().decode(bytes) }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    if (error instanceof FileRefusal) return { refused: error.message }
    throw error
  }
}

/**
 * The library's manifest. A damaged one is recovered: what still validates is kept, the copies it lost are
 * listed again (named after their titles, parsed by `parse`), the old file is kept aside and the new one written
 * before this returns.
 * @throws when the list cannot be read or the recovered one cannot be written (nothing is changed then).
 */
export async function loadManifest(dir: string, now: Date, parse: DocumentParser): Promise<ManifestLoad> {
  const path = join(dir, LIBRARY_MANIFEST)
  const read = await readListFile(path)
  const salvage =
    read === null
      ? { damaged: true as const, damage: 'elle a disparu', entries: [], skipped: [] as SkippedEntry[] }
      : 'refused' in read
        ? { damaged: true as const, damage: read.refused, entries: [], skipped: [] as SkippedEntry[] }
        : salvageManifest(read.text)
  if (!salvage.damaged) return { manifest: salvage.manifest, problems: [] }

  const rebuilt = await rebuildFromCopies(dir, salvage.entries, parse)
  // No list and no copies: a library never used yet, nothing to recover.
  if (read === null && rebuilt.entries.length === 0 && rebuilt.problems.length === 0)
    return { manifest: emptyManifest(), problems: [] }

  const manifest: LibraryManifest = { ...emptyManifest(), documents: [...salvage.entries, ...rebuilt.entries] }
  const found = new Set(rebuilt.entries.flatMap((entry) => [entry.id, entry.file]))
  const unreadable = new Set(rebuilt.problems.map((problem) => problem.file))
  const lost = salvage.skipped.filter(
    (entry) =>
      !(entry.id && found.has(entry.id)) && !(entry.file && (found.has(entry.file) || unreadable.has(entry.file)))
  )
  // Kept aside first: the damaged list is on disk under its dated name before the new one replaces it.
  const aside = read === null ? null : await keepAside(path, now, 'bytes' in read ? read.bytes : undefined)
  await writeAtomically(path, JSON.stringify(manifest, null, 2))
  const skippedProblems: ArchiveProblem[] = lost.map((entry) => ({
    kind: 'invalid-document',
    file: entry.name,
    message: `Entrée de la liste ignorée (${entry.reason})${entry.id || entry.file ? ' ; sa copie n’a pas été retrouvée.' : '.'}`
  }))
  return {
    manifest,
    problems: [
      notice(
        salvage.damage,
        salvage.entries.length,
        rebuilt.entries.length,
        lost.length + rebuilt.problems.length,
        aside
      ),
      ...skippedProblems,
      ...rebuilt.problems
    ]
  }
}
