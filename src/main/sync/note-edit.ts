// The smallest edit that turns one note into another, found by their common prefix and suffix (linear time):
// what goes into the note's Y.Text, so that two devices editing different places of the same note both keep
// their edits when their documents merge.

export interface NoteEdit {
  /** Where the edit starts, in UTF-16 code units (Y.Text's indexes). */
  index: number
  /** How many code units it removes there. */
  remove: number
  /** What it inserts there. */
  insert: string
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The edit from `before` to `after`, or null when they are equal. It never splits a surrogate pair. */
export function noteEdit(before: string, after: string): NoteEdit | null {
  if (before === after) return null
  const shorter = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  // An emoji whose second half differs: the edit takes the whole pair, never half of one.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix)
  }
}
