// Non-negative integers written as base-32 digits in URL-safe characters: the saved form of posting
// lists and stored texts, compact in JSON (no escapes) and quick to read back.

/** Digits that continue a number (the low 5 bits first), then digits that end one. */
const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef'
const LAST = 'ghijklmnopqrstuvwxyz0123456789-_'
const MORE_CODES = Uint8Array.from(MORE, (c) => c.charCodeAt(0))
const LAST_CODES = Uint8Array.from(LAST, (c) => c.charCodeAt(0))
/** Character code → digit value (0–31 continue, 32–63 end), or -1. */
const DIGITS = new Int8Array(128).fill(-1)
for (let d = 0; d < 32; d++) {
  DIGITS[MORE.charCodeAt(d)] = d
  DIGITS[LAST.charCodeAt(d)] = 32 + d
}

/** Collects numbers into one string. */
export class NumberWriter {
  // ASCII bytes decoded once at the end: a string grown a character at a time would be a deep rope.
  private bytes = new Uint8Array(1 << 16)
  private length = 0

  /** Appends a non-negative integer (below 2^53). */
  put(value: number): void {
    if (this.length + 12 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2)
      grown.set(this.bytes)
      this.bytes = grown
    }
    const bytes = this.bytes
    let v = value
    while (v >= 32) {
      bytes[this.length++] = MORE_CODES[v % 32] as number
      v = Math.floor(v / 32)
    }
    bytes[this.length++] = LAST_CODES[v] as number
  }

  /** Appends a sorted list (strictly increasing): its length, then the gaps between its values. */
  putSortedList(list: ArrayLike<number>): void {
    this.put(list.length)
    let previous = 0
    for (let k = 0; k < list.length; k++) {
      const value = list[k] as number
      this.put(value - previous)
      previous = value
    }
  }

  toString(): string {
    return new TextDecoder().decode(this.bytes.subarray(0, this.length))
  }
}

/** Reads numbers back from a {@link NumberWriter}'s string; throws on malformed text. */
export class NumberReader {
  private at = 0

  constructor(private readonly text: string) {}

  /** Whether every number was read. */
  get done(): boolean {
    return this.at >= this.text.length
  }

  get(): number {
    const text = this.text
    let value = 0
    let scale = 1
    for (;;) {
      const code = text.charCodeAt(this.at++)
      const digit = code < 128 ? (DIGITS[code] as number) : -1
      if (digit < 0) throw new Error('Malformed number list')
      if (digit >= 32) return value + (digit - 32) * scale
      value += digit * scale
      scale *= 32
    }
  }

  /** Reads a list written by {@link NumberWriter.putSortedList}. */
  getSortedList(): Int32Array {
    const list = new Int32Array(this.get())
    let value = 0
    for (let k = 0; k < list.length; k++) list[k] = value += this.get()
    return list
  }
}
