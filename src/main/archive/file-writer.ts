// Sequential output of a file being built (search.folio): writes gathered in a buffer and padding to 8 bytes,
// and the growable list of float64 offsets that is written after the records.

import type { FileHandle } from 'node:fs/promises'
import { align8 } from './search-file-format'

/** Sequential writes to a file through a 1 MiB buffer; `position` is where the next byte goes. */
export class FileWriter {
  private readonly buffer = new Uint8Array(1 << 20)
  private used = 0
  position: number

  constructor(
    private readonly handle: FileHandle,
    start: number
  ) {
    this.position = start
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.used + bytes.length > this.buffer.length) await this.flush()
    if (bytes.length > this.buffer.length) await this.handle.write(bytes, 0, bytes.length, this.position)
    else {
      this.buffer.set(bytes, this.used)
      this.used += bytes.length
    }
    this.position += bytes.length
  }

  /** Zero bytes up to the next multiple of 8. */
  async pad(): Promise<void> {
    const gap = align8(this.position) - this.position
    if (gap > 0) await this.write(new Uint8Array(gap))
  }

  async flush(): Promise<void> {
    if (this.used === 0) return
    await this.handle.write(this.buffer, 0, this.used, this.position - this.used)
    this.used = 0
  }
}

/** A growable list of float64 (the entries' record offsets). */
export class Float64List {
  private data = new Float64Array(1 << 12)
  length = 0

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = value
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.data.buffer, 0, this.length * 8)
  }
}
