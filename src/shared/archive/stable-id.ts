// Stable ids for blocks, sections, references and links, derived from their own text only,
// so that editing one part of a document never renames the others (annotations anchor to them).

/** The longest id Folio stores or accepts: record ids, document ids, bookmark targets. */
export const MAX_ID_LENGTH = 500

/** FNV-1a (32-bit) of a string's UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * Hands out ids of the form `prefix-hash`, where the hash covers the whitespace-folded text.
 * Identical texts in one document get `-2`, `-3`… in reading order.
 */
export class StableIds {
  private readonly seen = new Map<string, number>()

  next(prefix: string, text: string): string {
    const base = `${prefix}-${fnv1a(text.replace(/\s+/g, ' ').trim())}`
    const count = (this.seen.get(base) ?? 0) + 1
    this.seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  }
}
