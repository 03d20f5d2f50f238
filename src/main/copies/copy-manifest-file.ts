// copies.json on disk: read once and checked against its schema (copy-manifest.ts), a damaged one renamed aside
// (never deleted) so that the store starts empty, and written atomically, kept in memory only once on disk.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from '../files/atomic-write'
import { readCheckedJson } from '../files/read-checked-json'
import { COPY_MANIFEST, copyManifestSchema, emptyCopyManifest, type CopyManifest } from './copy-manifest'

/** The copies.json of the folder `dir`. Not serialised: its one user, the copy store, calls it from its queue. */
export class CopyManifestFile {
  private readonly path: string
  /** copies.json as read (or last written): the store is its only writer. */
  private loaded: CopyManifest | null = null

  constructor(
    private readonly dir: string,
    private readonly now: () => Date
  ) {
    this.path = join(dir, COPY_MANIFEST)
  }

  /** copies.json, read once; a damaged one is renamed aside (never deleted) and the store starts empty. */
  async read(): Promise<CopyManifest> {
    if (this.loaded) return this.loaded
    const read = await readCheckedJson(this.path, copyManifestSchema, this.now)
    if (read.found === 'damaged')
      console.error(
        `${COPY_MANIFEST} endommagé (${read.problem}) : gardé sous ${read.aside}, la liste des copies repart vide.`
      )
    return (this.loaded = read.found === 'valid' ? read.data : emptyCopyManifest())
  }

  async write(manifest: CopyManifest): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    // Kept in memory only once on disk: a failed write leaves the store as the file is.
    await writeAtomically(this.path, JSON.stringify(manifest, null, 2))
    this.loaded = manifest
  }
}
