// One archive document's bytes → its article, by the file's kind: `.md` through the Markdown converter, any
// other name through the article parser. The loader and the build command share it, so they never disagree.

import { markdownToArticle } from '../../shared/archive/convert-markdown'
import { decodeArticle } from '../../shared/archive/decode-article'
import type { ArticleDocument } from '../../shared/archive/document'
import { parseArticle, type ParseOptions } from '../../shared/archive/parse-article'

/** The article kinds an archive holds, by extension (the build command takes exactly these). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const

/** Whether `file` is an article the archive can hold. */
export const isArticleFile = (file: string): boolean =>
  ARTICLE_EXTENSIONS.some((extension) => file.toLowerCase().endsWith(extension))

const isMarkdown = (file: string) => file.toLowerCase().endsWith('.md')

/** The file name without its extension: a Markdown article's title when it has no level-1 heading. */
const stem = (file: string) => file.replace(/\.[^.]+$/, '') || file

/**
 * Decodes and parses one archive document. Throws ArticleParseError (too large, binary, not UTF-8, empty,
 * no title, too complex) with main's French message.
 */
export function articleOfFile(bytes: Uint8Array, file: string, options: ParseOptions): ArticleDocument {
  const text = decodeArticle(bytes)
  if (isMarkdown(file) && text.trim() !== '') return markdownToArticle(text, stem(file), options)
  return parseArticle(text, options)
}
