// The posting lists of one term index, packed in a single growable Int32Array: 4 bytes a posting, read by
// queries as contiguous typed arrays, instead of one JavaScript array (with its growth slack) per list.

import { lowerBound } from './lower-bound'

/** Bits of a posting that hold its score slot; the rest is the entry number. */
export const SLOT_BITS = 2
/** Most score slots a posting can carry. */
export const MAX_SLOTS = 1 << SLOT_BITS
const SLOT_MASK = MAX_SLOTS - 1

/** A posting: entry number and score slot in one non-negative int32. */
export const packPosting = (number: number, slot: number): number => number * MAX_SLOTS + slot
/** The entry number of a packed posting. */
export const postingNumber = (posting: number): number => posting >>> SLOT_BITS
/** The score slot of a packed posting. */
export const postingSlot = (posting: number): number => posting & SLOT_MASK

const EMPTY = new Int32Array(0)

/**
 * Posting lists by list number, each sorted by entry number (so by packed value). A list that outgrows
 * its room moves to the end with twice the room; the space it leaves is reclaimed once it is a quarter
 * of the store, and {@link compact} (after a batch) takes back the room lists have to grow as well.
 */
export class PostingStore {
  private data = new Int32Array(1 << 12)
  /** End of the used part of `data`. */
  private used = 0
  /** Room left behind by lists that moved or shrank. */
  private wasted = 0
  private starts = new Int32Array(256)
  private lengths = new Int32Array(256)
  private rooms = new Int32Array(256)
  private lists = 0
  /** Postings held, over all lists. */
  private count = 0

  /** Postings held, and int32 slots allocated (postings, room to grow and waste). */
  get size(): { postings: number; allocated: number } {
    return { postings: this.count, allocated: this.data.length }
  }

  /** Number of postings in list `list`. */
  length(list: number): number {
    return list < this.lists ? (this.lengths[list] as number) : 0
  }

  /** The packed postings of a list, sorted (a view: valid until the store next changes). */
  get(list: number): Int32Array {
    if (list >= this.lists) return EMPTY
    const start = this.starts[list] as number
    return this.data.subarray(start, start + (this.lengths[list] as number))
  }

  /** Adds a posting to a list; an entry already in the list gets the new slot. */
  insert(list: number, posting: number): void {
    this.ensureList(list)
    const length = this.lengths[list] as number
    const start = this.starts[list] as number
    const data = this.data
    // Entries are numbered in the order they come, so the common case is an append.
    let at = length
    if (length > 0 && postingNumber(data[start + length - 1] as number) >= postingNumber(posting)) {
      at = this.search(list, postingNumber(posting))
      if (at < length && postingNumber(data[start + at] as number) === postingNumber(posting)) {
        data[start + at] = posting
        return
      }
    }
    if (length === (this.rooms[list] as number)) this.move(list, Math.max(2, length * 2))
    const base = this.starts[list] as number
    if (at < length) this.data.copyWithin(base + at + 1, base + at, base + length)
    this.data[base + at] = posting
    this.lengths[list] = length + 1
    this.count++
  }

  /** Removes entry `number` from a list; returns whether it was there. */
  delete(list: number, number: number): boolean {
    const length = this.length(list)
    if (length === 0) return false
    const at = this.search(list, number)
    const start = this.starts[list] as number
    if (at >= length || postingNumber(this.data[start + at] as number) !== number) return false
    this.data.copyWithin(start + at, start + at + 1, start + length)
    this.lengths[list] = length - 1
    this.count--
    return true
  }

  /**
   * Rewrites every list contiguously with no room to spare, in the given order of lists (lists read
   * together, the completions of a prefix, then lie together): the memory of a freshly loaded store.
   */
  compact(order?: ArrayLike<number>): void {
    if (this.used === this.count && this.data.length === Math.max(this.count, 16)) return
    this.rewrite(false, 0, order)
  }

  /** A store holding `lists` (list `l` from `lists[l]`, packed and sorted) with no room to spare; for loading. */
  static fromLists(lists: readonly Int32Array[]): PostingStore {
    const store = new PostingStore()
    let total = 0
    for (const list of lists) total += list.length
    store.data = new Int32Array(Math.max(total, 16))
    if (lists.length > 0) store.ensureList(lists.length - 1)
    lists.forEach((list, l) => {
      store.data.set(list, store.used)
      store.starts[l] = store.used
      store.lengths[l] = list.length
      store.rooms[l] = list.length
      store.used += list.length
    })
    store.count = total
    return store
  }

  /** First position in a list whose entry number is at least `number` (binary search). */
  private search(list: number, number: number): number {
    const start = this.starts[list] as number
    return lowerBound(this.lengths[list] as number, (at) => postingNumber(this.data[start + at] as number) < number)
  }

  /**
   * Copies the lists, in list order, into a new array with `extra` free slots at the end; each keeps its
   * room to grow, or gets exactly its length when `keepRoom` is false.
   */
  private rewrite(keepRoom: boolean, extra: number, order?: ArrayLike<number>): void {
    let size = extra
    for (let l = 0; l < this.lists; l++) size += keepRoom ? (this.rooms[l] as number) : (this.lengths[l] as number)
    const data = new Int32Array(Math.max(size, 16))
    let at = 0
    const lists = order && order.length === this.lists ? order : null
    for (let i = 0; i < this.lists; i++) {
      const l = lists ? (lists[i] as number) : i
      const start = this.starts[l] as number
      const length = this.lengths[l] as number
      data.set(this.data.subarray(start, start + length), at)
      this.starts[l] = at
      if (!keepRoom) this.rooms[l] = length
      at += this.rooms[l] as number
    }
    this.data = data
    this.used = at
    this.wasted = 0
  }

  /** Gives a list `room` slots at the end of the store. */
  private move(list: number, room: number): void {
    // Reclaim the space moved lists left behind once it is a quarter of the store (lists keep their room).
    if (this.wasted > 1 << 16 && this.wasted * 4 > this.used) this.rewrite(true, Math.max(room, this.used >> 1))
    if (this.used + room > this.data.length) {
      const grown = new Int32Array(Math.max(this.used + room, Math.ceil(this.data.length * 1.5)))
      grown.set(this.data.subarray(0, this.used))
      this.data = grown
    }
    const start = this.starts[list] as number
    const length = this.lengths[list] as number
    this.data.copyWithin(this.used, start, start + length)
    this.wasted += this.rooms[list] as number
    this.starts[list] = this.used
    this.rooms[list] = room
    this.used += room
  }

  private ensureList(list: number): void {
    if (list < this.lists) return
    if (list >= this.starts.length) {
      const size = Math.max(list + 1, this.starts.length * 2)
      const grow = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const grown = new Int32Array(size)
        grown.set(old)
        return grown
      }
      this.starts = grow(this.starts)
      this.lengths = grow(this.lengths)
      this.rooms = grow(this.rooms)
    }
    // New lists are empty, with no room: the first insert moves them to the end.
    for (let l = this.lists; l <= list; l++) {
      this.starts[l] = this.used
      this.lengths[l] = 0
      this.rooms[l] = 0
    }
    this.lists = list + 1
  }
}
