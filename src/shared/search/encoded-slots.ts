// The bytes of the text store: each slot's stream of numbers, LEB128-encoded, kept in 1 MiB chunks;
// written from one scratch buffer, decoded into one shared buffer, freed space reclaimed by compaction.

const CHUNK_BYTES = 1 << 20

/** Scratch buffer for encoding one slot (grown as needed). */
let scratch = new Uint8Array(1 << 12)
/** Bytes written to `scratch` since the last {@link EncodedSlots.begin}. */
let written = 0
/** The values of the slot being read (see {@link EncodedSlots.decode}). */
let values = new Int32Array(1 << 10)

/** `old`'s contents copied into the start of `grown`, which is returned. */
export function grow<T extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  old: T,
  grown: T
): T {
  grown.set(old)
  return grown
}

/** Encoded streams of numbers by slot number. */
export class EncodedSlots {
  /** Free bytes at the end of the last chunk start at `used`. */
  private chunks: Uint8Array[] = []
  private used = 0
  private slots = 0
  private chunkOf = new Int32Array(1024).fill(-1)
  private offsetOf = new Uint32Array(1024)
  private bytesOf = new Uint32Array(1024)
  private liveBytes = 0
  private totalBytes = 0

  /** One more than the highest slot given room (some below may hold nothing). */
  get size(): number {
    return this.slots
  }

  /** The values of the last {@link decode} (valid until the next one). */
  get values(): Int32Array {
    return values
  }

  /** Whether the slot holds a stream. */
  has(slot: number): boolean {
    return slot < this.slots && this.chunkOf[slot] !== -1
  }

  /** Starts encoding a stream of at most `maxBytes` bytes ({@link write} its values, then {@link end}). */
  begin(maxBytes: number): void {
    if (scratch.length < maxBytes) scratch = new Uint8Array(maxBytes)
    written = 0
  }

  /** Appends a value to the stream begun. */
  write(value: number): void {
    let v = value
    while (v >= 0x80) {
      scratch[written++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    scratch[written++] = v
  }

  /** Stores the stream begun as the slot's (which {@link ensure} gave room and holds none). */
  end(slot: number): void {
    this.place(slot, scratch.subarray(0, written))
  }

  /** Decodes a slot's values into {@link values}; returns their count (0 when the slot holds none). */
  decode(slot: number): number {
    if (!this.has(slot)) return 0
    const chunk = this.chunks[this.chunkOf[slot] as number] as Uint8Array
    const start = this.offsetOf[slot] as number
    const end = start + (this.bytesOf[slot] as number)
    // Each value takes at least a byte.
    if (values.length < end - start) values = new Int32Array(end - start)
    const out = values
    let count = 0
    for (let at = start; at < end;) {
      let byte = chunk[at++] as number
      let value = byte & 0x7f
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = chunk[at++] as number
        value |= (byte & 0x7f) << shift
      }
      out[count++] = value
    }
    return count
  }

  /** Frees a slot's stream; the space is reclaimed when freed space passes a quarter of the store. */
  delete(slot: number): void {
    if (!this.has(slot)) return
    this.liveBytes -= this.bytesOf[slot] as number
    this.chunkOf[slot] = -1
    if (this.totalBytes - this.liveBytes > Math.max(CHUNK_BYTES, this.totalBytes / 4)) this.compact()
  }

  /** Gives room to slots up to `slot`. */
  ensure(slot: number): void {
    if (slot >= this.chunkOf.length) {
      const size = Math.max(slot + 1, this.chunkOf.length * 2)
      this.chunkOf = grow(this.chunkOf, new Int32Array(size).fill(-1))
      this.offsetOf = grow(this.offsetOf, new Uint32Array(size))
      this.bytesOf = grow(this.bytesOf, new Uint32Array(size))
    }
    this.slots = Math.max(this.slots, slot + 1)
  }

  /** Copies a slot's encoded stream into the last chunk (or a new one). */
  private place(slot: number, bytes: Uint8Array): void {
    let chunk = this.chunks[this.chunks.length - 1]
    if (!chunk || chunk.length - this.used < bytes.length) {
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, bytes.length))
      this.chunks.push(chunk)
      this.used = 0
    }
    chunk.set(bytes, this.used)
    this.chunkOf[slot] = this.chunks.length - 1
    this.offsetOf[slot] = this.used
    this.bytesOf[slot] = bytes.length
    this.used += bytes.length
    this.liveBytes += bytes.length
    this.totalBytes += bytes.length
  }

  /** Copies live streams into fresh chunks, dropping freed space. */
  private compact(): void {
    const old = this.chunks
    this.chunks = []
    this.used = 0
    this.liveBytes = 0
    this.totalBytes = 0
    for (let slot = 0; slot < this.slots; slot++) {
      if (this.chunkOf[slot] === -1) continue
      const source = old[this.chunkOf[slot] as number] as Uint8Array
      const offset = this.offsetOf[slot] as number
      this.place(slot, source.subarray(offset, offset + (this.bytesOf[slot] as number)))
    }
  }
}
