// The one rule for the name a library document is shown under (the name of the file the user added):
// add() makes any file name into one, and library.json's schema accepts exactly the names it makes.

/** Longest display name, in UTF-16 units (a Linux or macOS file name is at most 255 bytes, Windows' 255 units). */
export const MAX_DISPLAY_NAME_LENGTH = 255

/** Shown when nothing of a file's name is left to show. */
const FALLBACK_NAME = 'document'

// Control characters (C0, DEL, C1), bidirectional controls that can make "report\u202Etxt.bat" look like
// "reporttab.txt", and lone surrogates (a name that was not valid UTF-16) are dropped; folder separators
// become "_" so a name never reads as a path.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu
const SEPARATORS = /[\\/]/g

/**
 * The display name for a file named `name`: without invisible characters or separators, never blank,
 * at most {@link MAX_DISPLAY_NAME_LENGTH} units, cut between characters (never inside a surrogate pair).
 * Idempotent: a name it returns is returned unchanged.
 */
export function toDisplayName(name: string): string {
  const visible = name.replace(INVISIBLE, '').replace(SEPARATORS, '_')
  if (visible.trim() === '') return FALLBACK_NAME
  if (visible.length <= MAX_DISPLAY_NAME_LENGTH) return visible
  let cut = ''
  for (const char of visible) {
    if (cut.length + char.length > MAX_DISPLAY_NAME_LENGTH) break
    cut += char
  }
  // The cut may leave only spaces: the name must still show something.
  return cut.trim() === '' ? FALLBACK_NAME : cut
}

/** True when `name` is a display name as {@link toDisplayName} makes them (the manifest's check). */
export const isDisplayName = (name: string): boolean => toDisplayName(name) === name
