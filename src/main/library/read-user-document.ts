// Turns a user's file into an ArticleDocument by its kind: archive-format .txt articles, Markdown,
// or plain text — all through the archive's own parser. Refusals say why.

import { decodeArticle } from '../../shared/archive/decode-article'
import type { ArticleDocument } from '../../shared/archive/document'
import { markdownToArticle, plainTextToArticleText } from '../../shared/archive/convert-markdown'
import { parseArticle } from '../../shared/archive/parse-article'
import { acceptedFormatOf } from '../../shared/library/accepted-files'
import type { UserDocumentKind } from './library-manifest'

/** The kind of a file from its name; null for a type Folio cannot read. */
export function kindOfFile(name: string, text?: string): UserDocumentKind | null {
  const format = acceptedFormatOf(name)
  if (format === 'markdown') return 'markdown'
  if (format !== 'text') return null
  // The archive's format starts with a title line followed by a blank line.
  if (text === undefined) return 'article'
  const [first = '', second] = text.replace(/^\ufeff/, '').split(/\r?\n/, 2)
  return first.trim() !== '' && (second === undefined || second.trim() === '') ? 'article' : 'text'
}

/** The file name without folders and extension, as a title. */
export const titleFromName = (name: string): string => name.replace(/\.[^.]+$/, '').trim() || name

/** Decodes and parses a user document. Throws ArticleParseError with a message for the user. */
export function readUserDocument(
  bytes: Uint8Array,
  kind: UserDocumentKind,
  id: string,
  originalName: string
): ArticleDocument {
  const text = decodeArticle(bytes)
  if (text.trim() === '') return parseArticle(text, { id })
  if (kind === 'markdown') return markdownToArticle(text, titleFromName(originalName), { id })
  if (kind === 'text') return parseArticle(plainTextToArticleText(text, titleFromName(originalName)), { id })
  return parseArticle(text, { id })
}
