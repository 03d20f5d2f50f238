// Reads library.json's text entry by entry: a good manifest comes back whole; a damaged one gives the
// entries that still validate (so their names and dates survive) and what is wrong with the rest.

import { z } from 'zod'
import { describeIssues } from '../archive/manifest-schema'
import { toDisplayName } from './display-name'
import { libraryEntrySchema, libraryManifestSchema, type LibraryEntry, type LibraryManifest } from './library-manifest'

/** An entry of a damaged manifest that could not be kept: its name if it had one, and why. */
export interface SkippedEntry {
  /** What the user knows it by: its original name, else its copy's file, else its place in the list. */
  name: string
  /** The id or copy it named, if readable: a copy found on disk under it is rebuilt instead. */
  id?: string
  file?: string
  reason: string
}

export type Salvage =
  | { damaged: false; manifest: LibraryManifest }
  | { damaged: true; damage: string; entries: LibraryEntry[]; skipped: SkippedEntry[] }

const looseManifest = z.object({ documents: z.array(z.unknown()) })
const field = (raw: unknown, key: string): string | undefined => {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** One entry: valid as it is, or valid once its name is made a display name (names written before the rule). */
function salvageEntry(raw: unknown): { entry: LibraryEntry } | { reason: string } {
  const parsed = libraryEntrySchema.safeParse(raw)
  if (parsed.success) return { entry: parsed.data }
  const name = field(raw, 'originalName')
  if (name !== undefined) {
    const renamed = libraryEntrySchema.safeParse({ ...(raw as object), originalName: toDisplayName(name) })
    if (renamed.success) return { entry: renamed.data }
  }
  return { reason: describeIssues(parsed.error) }
}

/** The manifest in `text`, or what can be kept of it. */
export function salvageManifest(text: string): Salvage {
  if (text.trim() === '') return { damaged: true, damage: 'le fichier est vide', entries: [], skipped: [] }
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { damaged: true, damage: `JSON illisible (${detail})`, entries: [], skipped: [] }
  }
  const whole = libraryManifestSchema.safeParse(raw)
  if (whole.success) return { damaged: false, manifest: whole.data }

  const loose = looseManifest.safeParse(raw)
  const entries: LibraryEntry[] = []
  const skipped: SkippedEntry[] = []
  for (const [index, rawEntry] of (loose.success ? loose.data.documents : []).entries()) {
    const name = field(rawEntry, 'originalName') ?? field(rawEntry, 'file') ?? `documents.${index}`
    const place = { name, id: field(rawEntry, 'id'), file: field(rawEntry, 'file') }
    const result = salvageEntry(rawEntry)
    if ('reason' in result) skipped.push({ ...place, reason: result.reason })
    else if (entries.some((kept) => kept.id === result.entry.id || kept.file === result.entry.file)) {
      skipped.push({ ...place, reason: 'un autre document de la liste a le même id' })
    } else entries.push(result.entry)
  }
  return { damaged: true, damage: `liste invalide — ${describeIssues(whole.error)}`, entries, skipped }
}
