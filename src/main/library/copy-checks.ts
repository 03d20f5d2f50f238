// What main has found of the library's copies this session: those checked and sound (size and SHA-256, or read
// whole), and those damaged, with the problem the list marks their row with. Keyed by content, never re-checked.

import type { ArchiveProblem } from '../../shared/archive/archive-types'
import type { LibraryEntry } from './library-manifest'

/** Copies checked at once when a page is verified (the archive's rows are checked as many at a time). */
export const CHECKS_AT_ONCE = 8

const keyOf = (entry: LibraryEntry) => `${entry.id}\u0000${entry.sha256}\u0000${entry.file}`

/** Each copy's state: unknown, sound, or damaged with its problem. */
export class CopyChecks {
  private readonly sound = new Set<string>()
  private readonly damaged = new Map<string, ArchiveProblem>()

  /** The problem of a copy found damaged, if it was. */
  problemOf(entry: LibraryEntry): ArchiveProblem | undefined {
    return this.damaged.get(keyOf(entry))
  }

  /** True once the copy has been checked, sound or not. */
  known(entry: LibraryEntry): boolean {
    const key = keyOf(entry)
    return this.sound.has(key) || this.damaged.has(key)
  }

  /** The copy was checked (or read) and is what was added. */
  pass(entry: LibraryEntry): void {
    const key = keyOf(entry)
    this.damaged.delete(key)
    this.sound.add(key)
  }

  /** The copy could not be read: its row shows `problem` until it reads again (a mended file). */
  fail(entry: LibraryEntry, problem: ArchiveProblem): void {
    const key = keyOf(entry)
    this.sound.delete(key)
    this.damaged.set(key, problem)
  }
}
