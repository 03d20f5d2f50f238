// Reads an archive from its folder: the manifest (a damaged one refuses the archive, naming the file and the
// problem), then each document on its own: one that fails is listed as damaged and every other one opens.

import { realpath } from 'node:fs/promises'
import type {
  ArchiveDocumentEntry,
  ArchiveLoadResult,
  DamagedArchiveDocument
} from '../../shared/archive/archive-types'
import { readRegularFile, FileRefusal } from '../library/read-regular-file'
import { ArchiveError, fileError } from './archive-error'
import { mapLimited } from '../files/map-limited'
import { readArchiveDocument } from './read-archive-document'
import {
  ARCHIVE_ID,
  archiveDocumentSchema,
  archiveManifestSchema,
  describeIssues,
  type ArchiveManifestDocument
} from './manifest-schema'
import { join } from 'node:path'

export const MANIFEST_FILE = 'manifest.json'
/**
 * About 230 bytes a document: room for 100,000 documents and some (a refusal past it names the file and its size).
 * The whole manifest is still read at start; a catalogue made for random access is what lifts this for good.
 */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024
/** Documents read at once: enough to keep the disk busy, few enough never to run out of file handles. */
const READ_CONCURRENCY = 16

async function readManifest(root: string) {
  let bytes: Uint8Array
  try {
    bytes = await readRegularFile(join(root, MANIFEST_FILE), { limit: MAX_MANIFEST_BYTES, followLinks: false })
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw fileError(MANIFEST_FILE, error)
    const message =
      error.reason === 'too-large'
        ? `Le fichier est trop gros (${error.bytes} octets).`
        : `Le fichier ne peut pas être lu : ${error.message}`
    throw new ArchiveError({ kind: 'unreadable', file: MANIFEST_FILE, message })
  }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'texte non UTF-8'
    throw new ArchiveError({ kind: 'invalid-manifest', file: MANIFEST_FILE, message: `JSON illisible : ${detail}` })
  }
  const parsed = archiveManifestSchema.safeParse(json)
  if (!parsed.success) {
    throw new ArchiveError({
      kind: 'invalid-manifest',
      file: MANIFEST_FILE,
      message: `Manifeste invalide — ${describeIssues(parsed.error)}`
    })
  }
  return parsed.data
}

/** A refused entry's own id and file when they can be shown, else placeholders no valid id or name equals. */
function refusedEntry(raw: unknown, index: number): { id: string; file: string } {
  const field = (name: 'id' | 'file') => (raw as Record<string, unknown> | null)?.[name]
  const id = field('id')
  const file = field('file')
  return {
    id: typeof id === 'string' && ARCHIVE_ID.test(id) ? id : `#${index}`,
    file: typeof file === 'string' && file.length > 0 && file.length <= 255 ? file : `documents[${index}]`
  }
}

type Checked = { entry: ArchiveManifestDocument } | { damaged: DamagedArchiveDocument }

const damage = (
  id: string,
  file: string,
  kind: DamagedArchiveDocument['problem']['kind'],
  message: string
): Checked => ({
  damaged: { id, file, title: file, problem: { kind, file, message } }
})

/** Each entry validated alone; an entry repeating an earlier one's id or file is refused by name. */
function checkEntries(entries: readonly unknown[]): Checked[] {
  const ids = new Map<string, string>()
  const files = new Set<string>()
  return entries.map((raw, index) => {
    const parsed = archiveDocumentSchema.safeParse(raw)
    if (!parsed.success) {
      const { id, file } = refusedEntry(raw, index)
      return damage(
        id,
        file,
        'invalid-entry',
        `Entrée du manifeste refusée — ${describeIssues(parsed.error, ['documents', index])}`
      )
    }
    const entry = parsed.data
    const first = ids.get(entry.id)
    if (first !== undefined) {
      return damage(
        `#${index}`,
        entry.file,
        'duplicate',
        `L’id « ${entry.id} » (documents.${index}) est déjà celui de « ${first} ».`
      )
    }
    if (files.has(entry.file)) {
      return damage(
        entry.id,
        entry.file,
        'duplicate',
        `Le fichier « ${entry.file} » est déjà listé par une autre entrée (documents.${index}).`
      )
    }
    ids.set(entry.id, entry.file)
    files.add(entry.file)
    return { entry }
  })
}

async function openEntry(root: string, checked: Checked): Promise<ArchiveDocumentEntry | DamagedArchiveDocument> {
  if ('damaged' in checked) return checked.damaged
  const { entry } = checked
  try {
    return await readArchiveDocument(root, entry)
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error
    return { id: entry.id, file: entry.file, title: entry.file, problem: error.problem }
  }
}

/** Loads and validates the archive in `dir`. Never throws: a manifest problem comes back as `{ ok: false }`. */
export async function loadArchive(dir: string): Promise<ArchiveLoadResult> {
  try {
    let root: string
    try {
      root = await realpath(dir)
    } catch (error) {
      throw fileError(MANIFEST_FILE, error)
    }
    const manifest = await readManifest(root)
    const opened = await mapLimited(checkEntries(manifest.documents), READ_CONCURRENCY, (checked) =>
      openEntry(root, checked)
    )
    const documents = opened.filter((item): item is ArchiveDocumentEntry => 'document' in item)
    const damaged = opened.filter((item): item is DamagedArchiveDocument => 'problem' in item)
    return { ok: true, archive: { name: manifest.name, description: manifest.description, documents }, damaged }
  } catch (error) {
    if (error instanceof ArchiveError) return { ok: false, problem: error.problem }
    const message = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      problem: { kind: 'unreadable', file: MANIFEST_FILE, message: `Erreur inattendue : ${message}` }
    }
  }
}
