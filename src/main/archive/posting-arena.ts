// The posting lists of one kind while search.folio is built: delta-coded varints in chains of blocks carved from
// 4 MiB pages, so that memory holds the coded postings and a little, whatever the number of terms.

/** Appends `value` as unsigned LEB128 to `out` at `at`; returns the new end. `out` needs 5 bytes free. */
function putVarint(out: Uint8Array, at: number, value: number): number {
  let v = value
  let end = at
  while (v >= 0x80) {
    out[end++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  out[end++] = v
  return end
}

const PAGE = 1 << 22
const BLOCK_HEADER = 12
const FIRST_BLOCK = 8
const LARGEST_BLOCK = 1 << 16

/**
 * The posting lists of one kind while the file is built: per term a chain of blocks in 4 MiB pages, each
 * block twice the size of what the list held (up to 64 KiB), so memory is the coded postings and a little.
 * Block: u32 next page + 1 (0 = last), u32 next offset, u32 capacity, then the bytes.
 */
export class PostingArena {
  private readonly pages: Uint8Array[] = []
  private pageUsed = PAGE
  private blockAt = new Float64Array(1024)
  private firstAt = new Float64Array(1024)
  private writeAt = new Float64Array(1024)
  private blockEnd = new Float64Array(1024)
  private last = new Int32Array(1024)
  private counts = new Uint32Array(1024)
  private bytes = new Float64Array(1024)
  private readonly scratch = new Uint8Array(8)

  /** Postings of term `term`. */
  count(term: number): number {
    return this.counts[term] ?? 0
  }

  /** Coded bytes of term `term`'s list. */
  length(term: number): number {
    return this.bytes[term] ?? 0
  }

  /** Appends a posting (greater than the term's last one). */
  append(term: number, posting: number): void {
    this.ensure(term)
    const delta = this.counts[term] === 0 ? posting : posting - (this.last[term] as number)
    const end = putVarint(this.scratch, 0, delta)
    for (let k = 0; k < end; k++) {
      if (this.writeAt[term] === this.blockEnd[term]) this.newBlock(term)
      const at = this.writeAt[term] as number
      ;(this.pages[Math.floor(at / PAGE)] as Uint8Array)[at % PAGE] = this.scratch[k] as number
      this.writeAt[term] = at + 1
    }
    this.last[term] = posting
    this.counts[term] = (this.counts[term] as number) + 1
    this.bytes[term] = (this.bytes[term] as number) + end
  }

  /** The term's postings, decoded from its chain of blocks (a value's bytes may straddle two blocks). */
  decode(term: number): Int32Array {
    const list = new Int32Array(this.count(term))
    let remaining = this.length(term)
    let at = this.firstAt[term] as number
    let value = 0
    let delta = 0
    let shift = 0
    let k = 0
    while (remaining > 0) {
      const page = this.pages[Math.floor(at / PAGE)] as Uint8Array
      const offset = at % PAGE
      const view = new DataView(page.buffer, offset, BLOCK_HEADER)
      const take = Math.min(view.getUint32(8, true), remaining)
      for (let i = offset + BLOCK_HEADER; i < offset + BLOCK_HEADER + take; i++) {
        const byte = page[i] as number
        delta += (byte & 0x7f) * 2 ** shift
        shift += 7
        if (byte & 0x80) continue
        value += delta
        list[k++] = value
        delta = 0
        shift = 0
      }
      remaining -= take
      at = (view.getUint32(0, true) - 1) * PAGE + view.getUint32(4, true)
    }
    return list
  }

  private newBlock(term: number): void {
    const capacity = Math.min(LARGEST_BLOCK, Math.max(FIRST_BLOCK, this.bytes[term] as number))
    if (this.pageUsed + BLOCK_HEADER + capacity > PAGE) {
      this.pages.push(new Uint8Array(PAGE))
      this.pageUsed = 0
    }
    const pageIndex = this.pages.length - 1
    const page = this.pages[pageIndex] as Uint8Array
    const at = pageIndex * PAGE + this.pageUsed
    new DataView(page.buffer, this.pageUsed, BLOCK_HEADER).setUint32(8, capacity, true)
    this.pageUsed += BLOCK_HEADER + capacity
    if (this.bytes[term] === 0) this.firstAt[term] = at
    else {
      const previous = this.blockAt[term] as number
      const link = new DataView((this.pages[Math.floor(previous / PAGE)] as Uint8Array).buffer, previous % PAGE, 8)
      link.setUint32(0, pageIndex + 1, true)
      link.setUint32(4, at % PAGE, true)
    }
    this.blockAt[term] = at
    this.writeAt[term] = at + BLOCK_HEADER
    this.blockEnd[term] = at + BLOCK_HEADER + capacity
  }

  private ensure(term: number): void {
    if (term < this.counts.length) return
    const size = Math.max(term + 1, this.counts.length * 2)
    const grow = <T extends Float64Array | Int32Array | Uint32Array>(old: T, make: (n: number) => T): T => {
      const grown = make(size)
      grown.set(old)
      return grown
    }
    this.blockAt = grow(this.blockAt, (n) => new Float64Array(n))
    this.firstAt = grow(this.firstAt, (n) => new Float64Array(n))
    this.writeAt = grow(this.writeAt, (n) => new Float64Array(n))
    this.blockEnd = grow(this.blockEnd, (n) => new Float64Array(n))
    this.bytes = grow(this.bytes, (n) => new Float64Array(n))
    this.last = grow(this.last, (n) => new Int32Array(n))
    this.counts = grow(this.counts, (n) => new Uint32Array(n))
  }
}
