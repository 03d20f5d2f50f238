// The library's trash: a removed document's copy and its manifest entry, kept in `<library>/removed/`
// so that "Annuler" can put it back. Bounded by age and count; purged when something is removed.

import { mkdir, readdir, readFile, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeAtomically } from '../files/atomic-write'
import { libraryEntrySchema, type LibraryEntry } from './library-manifest'

/** The trash folder, inside the library folder. */
export const TRASH_FOLDER = 'removed'
/** A removed document can be put back for this many days… */
export const TRASH_KEEP_DAYS = 30
/** …and only the most recently removed ones are kept (each copy is at most 10 MB). */
export const TRASH_MAX_ITEMS = 20

const trashItemSchema = z.object({ entry: libraryEntrySchema, removedAt: z.iso.datetime() })

/** A removed document: its manifest entry as it was, and when it was removed. */
export type TrashItem = z.infer<typeof trashItemSchema>

const itemFile = (id: string) => `${id}.json`
const ITEM_NAME = /^(u-[0-9a-f]{16})\.json$/
const COPY_NAME = /^(u-[0-9a-f]{16})\.(txt|md)$/

const ignoreMissing = (error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
}

/** The trash of the library in `dir`. */
export class LibraryTrash {
  private readonly folder: string

  constructor(private readonly dir: string) {
    this.folder = join(dir, TRASH_FOLDER)
  }

  /** Records `entry` as removed (call before taking it out of the manifest, so a crash loses nothing). */
  async keep(entry: LibraryEntry, now: Date): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    const item: TrashItem = { entry, removedAt: now.toISOString() }
    await writeAtomically(join(this.folder, itemFile(entry.id)), `${JSON.stringify(item, null, 2)}\n`)
  }

  /** Moves the copy of a kept entry into the trash (after the manifest no longer lists it). */
  async moveCopyIn(entry: LibraryEntry): Promise<void> {
    await rename(join(this.dir, entry.file), join(this.folder, entry.file)).catch(ignoreMissing)
  }

  /** The removed entry with this id; null when the trash has none (or only a damaged record). */
  async item(id: string): Promise<TrashItem | null> {
    let text: string
    try {
      text = await readFile(join(this.folder, itemFile(id)), 'utf8')
    } catch (error) {
      ignoreMissing(error)
      return null
    }
    try {
      const parsed = trashItemSchema.safeParse(JSON.parse(text))
      return parsed.success && parsed.data.entry.id === id ? parsed.data : null
    } catch {
      return null
    }
  }

  /** Where the copy of a removed entry is: in the trash, or still in the library if the move never happened. */
  copyPaths(entry: LibraryEntry): { inTrash: string; inLibrary: string } {
    return { inTrash: join(this.folder, entry.file), inLibrary: join(this.dir, entry.file) }
  }

  /** Forgets a removed entry: its record first (so no record ever names a copy that is gone), then its copy. */
  async forget(id: string): Promise<void> {
    await unlink(join(this.folder, itemFile(id))).catch(ignoreMissing)
    for (const ext of ['txt', 'md']) await unlink(join(this.folder, `${id}.${ext}`)).catch(ignoreMissing)
  }

  /** Deletes what is older than {@link TRASH_KEEP_DAYS} or beyond the {@link TRASH_MAX_ITEMS} newest, and stray files. */
  async purge(now: Date): Promise<void> {
    let names: string[]
    try {
      names = await readdir(this.folder)
    } catch (error) {
      ignoreMissing(error)
      return
    }
    const items: { id: string; removedAt: number }[] = []
    for (const name of names) {
      const id = ITEM_NAME.exec(name)?.[1]
      if (!id) continue
      const item = await this.item(id)
      // A damaged record cannot be restored: it goes, with its copy.
      items.push({ id, removedAt: item ? Date.parse(item.removedAt) : -Infinity })
    }
    items.sort((a, b) => b.removedAt - a.removedAt)
    const oldest = now.getTime() - TRASH_KEEP_DAYS * 24 * 60 * 60 * 1000
    const kept = new Set(
      items.filter((item, index) => index < TRASH_MAX_ITEMS && item.removedAt >= oldest).map((item) => item.id)
    )
    for (const item of items) if (!kept.has(item.id)) await this.forget(item.id)
    // A copy without a record (a purge cut short) can never be restored.
    for (const name of names) {
      const id = COPY_NAME.exec(name)?.[1]
      if (id && !kept.has(id)) await unlink(join(this.folder, name)).catch(ignoreMissing)
    }
  }
}
