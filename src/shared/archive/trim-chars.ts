// Trims a class of characters from the ends of a text by scanning from each end: the one definition
// of "drop the trailing punctuation", linear where `/[\s.,]+$/` is quadratic on a long inner run.

/** A class of single characters, as a regex that tests one character (`/[\s.,]/`). */
export type CharClass = RegExp

/** Characters the parsers trim: whitespace (JS `\s`), and whitespace with commas and periods. */
export const SPACES: CharClass = /\s/
export const SPACES_COMMAS: CharClass = /[\s,]/
export const SPACES_COMMAS_PERIODS: CharClass = /[\s.,]/

/** `text` without the run of `chars` at its end; `text.replace(/[…]+$/, '')` in linear time. */
export function trimCharsEnd(text: string, chars: CharClass): string {
  let end = text.length
  while (end > 0 && chars.test(text.charAt(end - 1))) end--
  return text.slice(0, end)
}

/** `text` without the run of `chars` at its start. */
export function trimCharsStart(text: string, chars: CharClass): string {
  let start = 0
  while (start < text.length && chars.test(text.charAt(start))) start++
  return text.slice(start)
}

/** `text` without the runs of `chars` at both ends; `text.replace(/^[…]+|[…]+$/g, '')` in linear time. */
export function trimChars(text: string, chars: CharClass): string {
  return trimCharsEnd(trimCharsStart(text, chars), chars)
}

/** The index just past the run of `chars` that starts at `from` (`from` itself when there is none). */
export function endOfRun(text: string, from: number, chars: CharClass): number {
  let at = from
  while (at < text.length && chars.test(text.charAt(at))) at++
  return at
}
