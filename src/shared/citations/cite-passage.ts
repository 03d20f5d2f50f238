// A passage cited with where it is: of a copy (a PDF attached to an archived link), the link's work with the page
// ("(Yang Kuisong 2005, 4)" in Chicago author-date, "(Yang Kuisong, 2005, p. 4)" in APA); of an article, the article
// with its section and paragraph (passage-locator.ts). The in-text citation and the work's entry; nothing invented.

import type { ArticleDocument, ExternalLink } from '../archive/document'
import { renderBibliographyEntries, renderCitation, type CslLocator, type EntryMarkup } from './citation-engine'
import { cslTemplate, type CitationLocale, type CitationStyleId } from './citation-styles'
import type { CslItem } from './csl-item'
import { locatorOfPlace, placeOfBlock } from './passage-locator'

/**
 * The link's work as CSL: a web page (an archived link) with its title, its author kept whole as written (the
 * source does not say which part is the family name: "Yang Kuisong" is family-first, as Chinese names are), its
 * year, its publisher or site, and its URL when the archive knows one.
 */
export function linkToCsl(link: ExternalLink): CslItem {
  const url = link.originalUrl ?? link.archivedUrl
  return {
    id: link.id,
    type: 'webpage',
    title: link.title,
    ...(link.author ? { author: [{ literal: link.author }] } : {}),
    ...(link.year !== null ? { issued: { 'date-parts': [[link.year]] } } : {}),
    ...(link.publisher ? { 'container-title': link.publisher } : {}),
    ...(url ? { URL: url } : {})
  }
}

export interface CitedPassage {
  /** The in-text citation, with the page. */
  inText: string
  /** The work's bibliography entry; null when the style prints none. */
  entry: string | null
}

/**
 * An article as CSL: a document with its title and language, inside the archive it is part of when the caller names
 * it. The article gives no author and no date: none is added ("n.d." / "s. d." where the style asks for one).
 */
export function articleToCsl(
  document: Pick<ArticleDocument, 'id' | 'title' | 'language'>,
  archiveName?: string
): CslItem {
  return {
    id: document.id,
    type: 'document',
    title: document.title,
    ...(document.language ? { language: document.language } : {}),
    ...(archiveName ? { 'container-title': archiveName } : {})
  }
}

/** Options of {@link citePassage} and {@link citeArticlePassage}. */
export interface CitePassageOptions {
  style: CitationStyleId
  locale: CitationLocale
  markup?: EntryMarkup
}

/** The in-text citation of `item` at `locator` (none: the work as a whole) and the item's bibliography entry. */
function cite(item: CslItem, locator: CslLocator | null, options: CitePassageOptions): CitedPassage {
  const style = cslTemplate(options.style)
  const markup = options.markup ?? 'text'
  const inText = renderCitation(item, {
    style,
    locale: options.locale,
    markup,
    ...(locator ? { locator } : {})
  })
  const [entry] = renderBibliographyEntries([item], { style, locale: options.locale, markup })
  return { inText, entry: entry?.entry ?? null }
}

/** The citation of a passage on `page` of the copy of `link`. */
export function citePassage(link: ExternalLink, page: number, options: CitePassageOptions): CitedPassage {
  return cite(linkToCsl(link), { label: 'page', value: String(page) }, options)
}

/** An article whose passage is cited, and the archive it belongs to (its name is the citation's container). */
export interface CitedArticle {
  document: Pick<ArticleDocument, 'id' | 'title' | 'language' | 'blocks' | 'sections'>
  archiveName?: string
}

/**
 * The citation of a passage of an article that starts in block `blockId`: the article with the passage's section and
 * paragraph as the locator ("(« Traité sino-soviétique… », s. d., sect. Liens externes, paragr. 2)" in Chicago,
 * French); the article alone when the passage is in its title or infobox.
 */
export function citeArticlePassage(
  article: CitedArticle,
  blockId: string | null,
  options: CitePassageOptions
): CitedPassage {
  const locator = locatorOfPlace(placeOfBlock(article.document, blockId))
  return cite(articleToCsl(article.document, article.archiveName), locator, options)
}
