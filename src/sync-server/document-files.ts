// Where the server keeps each Yjs document: one file per document under `<data>/docs/`, holding the document's
// whole state as one Yjs update, replaced atomically at every store (so a kill at any instant leaves the last
// stored state or the new one, never half of one). Only names the access rule knows map to a file.

import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Database } from '@hocuspocus/extension-database'
import { TEMPORARY_FILE_NAME, writeAtomically } from '../main/files/atomic-write'
import { parseDocumentName } from './document-names'

/** `docs/account/<id>.ydoc` and `docs/group/<groupId>/<memberId>.ydoc`: ids are hex, so no name escapes `docs/`. */
export function documentPath(dataDir: string, documentName: string): string {
  const parsed = parseDocumentName(documentName)
  if (!parsed) throw new Error(`not a document this server keeps: ${JSON.stringify(documentName.slice(0, 80))}`)
  const docs = join(dataDir, 'docs')
  return parsed.kind === 'account'
    ? join(docs, 'account', `${parsed.account}.ydoc`)
    : join(docs, 'group', parsed.group, `${parsed.member}.ydoc`)
}

/** The stored state of a document, or null when it was never stored. */
export async function readDocumentFile(dataDir: string, documentName: string): Promise<Uint8Array | null> {
  try {
    return await readFile(documentPath(dataDir, documentName))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * A temporary younger than this may be another instance's write in progress (instances can share the data
 * folder): it is left alone. No store takes minutes.
 */
const LEFTOVER_AGE_MS = 10 * 60_000

/**
 * Temporaries left by a process killed mid-write (`.folio-<hex>.tmp`): never read, removed at start-up once
 * old enough. Only the server's own names are removed, and only in the folders it writes.
 */
export async function removeLeftoverTemporaries(dataDir: string, olderThanMs = LEFTOVER_AGE_MS): Promise<number> {
  let removed = 0
  const sweep = async (folder: string, depth: number): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (entry.isFile() && TEMPORARY_FILE_NAME.test(entry.name)) {
        const path = join(folder, entry.name)
        const age = await stat(path).then(
          (info) => Date.now() - info.mtimeMs,
          () => 0
        )
        if (age < olderThanMs) continue
        await rm(path, { force: true })
        removed++
      } else if (entry.isDirectory() && depth > 0) await sweep(join(folder, entry.name), depth - 1)
    }
  }
  await sweep(dataDir, 0)
  await sweep(join(dataDir, 'docs'), 2)
  return removed
}

/**
 * The Hocuspocus extension that loads a document from its file and stores it back (Hocuspocus calls it after
 * changes, debounced, and when the last client leaves). `onStored` learns each stored size (for the limits).
 */
export function documentFiles(dataDir: string, onStored: (documentName: string, bytes: number) => void): Database {
  return new Database({
    fetch: async ({ documentName }) => {
      const state = await readDocumentFile(dataDir, documentName)
      onStored(documentName, state?.byteLength ?? 0)
      return state
    },
    store: async ({ documentName, state }) => {
      const path = documentPath(dataDir, documentName)
      await mkdir(dirname(path), { recursive: true })
      await writeAtomically(path, state)
      onStored(documentName, state.byteLength)
    }
  })
}
