// The original texts of indexed entries, kept as UTF-8 in large shared buffers: half the memory of
// JavaScript strings for French text (one œ or narrow no-break space makes a whole string two-byte).

const CHUNK_BYTES = 1 << 20
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Texts by slot number (an entry's internal number), stored as UTF-8 in 1 MiB chunks. */
export class TextStore {
  private chunks: Uint8Array[] = []
  /** Free bytes at the end of the last chunk start here. */
  private used = 0
  private chunkOf = new Int32Array(1024).fill(-1)
  private offsetOf = new Uint32Array(1024)
  private lengthOf = new Uint32Array(1024)
  private liveBytes = 0
  private totalBytes = 0

  /** Bytes held by live texts, and bytes of the buffers (live texts, freed space and chunk ends). */
  get bytes(): { live: number; allocated: number } {
    return { live: this.liveBytes, allocated: this.chunks.reduce((n, c) => n + c.length, 0) }
  }

  /** Stores (or replaces) the text of a slot. */
  set(slot: number, text: string): void {
    this.delete(slot)
    this.ensureSlot(slot)
    const maxBytes = text.length * 3
    let chunk = this.chunks[this.chunks.length - 1]
    if (!chunk || chunk.length - this.used < maxBytes) {
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, maxBytes))
      this.chunks.push(chunk)
      this.used = 0
    }
    const { written } = encoder.encodeInto(text, chunk.subarray(this.used))
    this.chunkOf[slot] = this.chunks.length - 1
    this.offsetOf[slot] = this.used
    this.lengthOf[slot] = written
    this.used += written
    this.liveBytes += written
    this.totalBytes += written
  }

  /** The text of a slot ('' when the slot holds none). */
  get(slot: number): string {
    const chunk = this.chunks[this.chunkOf[slot] ?? -1]
    if (!chunk) return ''
    const offset = this.offsetOf[slot] ?? 0
    return decoder.decode(chunk.subarray(offset, offset + (this.lengthOf[slot] ?? 0)))
  }

  /** Frees a slot's text; the space is reclaimed when freed space passes a quarter of the store. */
  delete(slot: number): void {
    if (slot >= this.chunkOf.length || this.chunkOf[slot] === -1) return
    this.liveBytes -= this.lengthOf[slot] ?? 0
    this.chunkOf[slot] = -1
    if (this.totalBytes - this.liveBytes > Math.max(CHUNK_BYTES, this.totalBytes / 4)) this.compact()
  }

  /** Copies live texts into fresh chunks, dropping freed space. */
  private compact(): void {
    const old = this.chunks
    const slots: number[] = []
    for (let s = 0; s < this.chunkOf.length; s++) if (this.chunkOf[s] !== -1) slots.push(s)
    this.chunks = []
    this.used = 0
    this.liveBytes = 0
    this.totalBytes = 0
    for (const s of slots) {
      const source = old[this.chunkOf[s] as number] as Uint8Array
      const offset = this.offsetOf[s] as number
      const length = this.lengthOf[s] as number
      let chunk = this.chunks[this.chunks.length - 1]
      if (!chunk || chunk.length - this.used < length) {
        chunk = new Uint8Array(Math.max(CHUNK_BYTES, length))
        this.chunks.push(chunk)
        this.used = 0
      }
      chunk.set(source.subarray(offset, offset + length), this.used)
      this.chunkOf[s] = this.chunks.length - 1
      this.offsetOf[s] = this.used
      this.used += length
      this.liveBytes += length
      this.totalBytes += length
    }
  }

  private ensureSlot(slot: number): void {
    if (slot < this.chunkOf.length) return
    const size = Math.max(slot + 1, this.chunkOf.length * 2)
    const chunkOf = new Int32Array(size).fill(-1)
    chunkOf.set(this.chunkOf)
    const offsetOf = new Uint32Array(size)
    offsetOf.set(this.offsetOf)
    const lengthOf = new Uint32Array(size)
    lengthOf.set(this.lengthOf)
    this.chunkOf = chunkOf
    this.offsetOf = offsetOf
    this.lengthOf = lengthOf
  }
}
