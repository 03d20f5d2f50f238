// Turns an article file's bytes into text, refusing what is not an article:
// too large, binary, or not valid UTF-8. Nothing is repaired or guessed.

import { ArticleParseError } from './parse-errors'

/** Largest article accepted, in bytes (10 MB). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024

/** Decodes UTF-8 bytes strictly; a leading BOM is dropped, everything else is kept as is. */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1)
    throw new ArticleParseError('too-large', `Le fichier fait ${mb} Mo ; la limite est de 10 Mo.`)
  }
  if (bytes.includes(0)) {
    throw new ArticleParseError('binary', 'Le fichier contient des octets nuls : c’est un fichier binaire, pas du texte.')
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new ArticleParseError('not-utf8', 'Le fichier n’est pas du texte UTF-8 valide.')
  }
  // Control characters other than tab, newline and carriage return mark a binary file.
  if (/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw new ArticleParseError('binary', 'Le fichier contient des caractères de contrôle : ce n’est pas un texte.')
  }
  return text
}
