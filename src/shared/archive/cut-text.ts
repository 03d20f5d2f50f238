// Cuts a text to a bound in UTF-16 units without splitting a character (a surrogate pair stays whole): the one
// definition of how a title kept in a manifest (the library's, the copies') is shortened.

/** `text` itself when it fits in `max` code units, else its longest prefix of whole characters that does. */
export function cutBetweenCharacters(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = ''
  for (const char of text) {
    if (cut.length + char.length > max) break
    cut += char
  }
  return cut
}
