// Turns an article file's bytes into text, refusing what is not an article: too large, binary, or text in
// an encoding Folio does not read (text-encoding.ts says which; the refusal names it). Nothing is repaired.

import { ArticleParseError } from './parse-errors'
import { decodeText, type LikelyEncoding } from './text-encoding'

/** Largest article accepted, in bytes (10 MB). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024

/** What was found instead of UTF-8, in main's words (the renderer words it again from `likely`). */
const FOUND: Record<LikelyEncoding, string> = {
  'windows-1252': 'encodage probable Windows-1252',
  'latin-1': 'encodage probable ISO-8859-1 (Latin-1) ou Windows-1252',
  'utf-16-no-bom': 'encodage probable UTF-16 sans marque d’ordre des octets (BOM)',
  'utf-32': 'il est en UTF-32',
  'damaged-utf-16': 'il est marqué UTF-16, mais ses octets n’en sont pas (fichier abîmé ?)',
  unknown: 'encodage inconnu (ni UTF-8, ni UTF-16, ni Latin-1)'
}

/**
 * Decodes an article: UTF-8 with or without BOM, UTF-16 LE/BE (see {@link decodeText}); the BOM is dropped,
 * everything else is kept as is. Throws ArticleParseError: 'too-large', 'binary', or 'not-utf8' with `likely`.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1)
    throw new ArticleParseError('too-large', `Le fichier fait ${mb} Mo ; la limite est de 10 Mo.`)
  }
  const decoded = decodeText(bytes)
  if (decoded.ok) return decoded.text
  if (decoded.problem === 'not-utf8') {
    const message = `Le fichier n’est pas en UTF-8 : ${FOUND[decoded.likely]}. Enregistrez-le en UTF-8, puis réessayez.`
    throw new ArticleParseError('not-utf8', message, decoded.likely)
  }
  throw new ArticleParseError(
    'binary',
    decoded.cause === 'nul'
      ? 'Le fichier contient des octets nuls hors de tout motif UTF-16 : c’est un fichier binaire, pas du texte.'
      : 'Le fichier contient des caractères de contrôle : ce n’est pas un texte.'
  )
}

/** The article's text, or undefined when {@link decodeArticle} would refuse it (to sniff its kind first). */
export function decodedOrUndefined(bytes: Uint8Array): string | undefined {
  try {
    return decodeArticle(bytes)
  } catch {
    return undefined
  }
}
