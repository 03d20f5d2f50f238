// A passage of a copy (a PDF attached to an archived link) cited with its page: the link's work as a CSL item,
// the in-text citation with the page as its CSL locator ("(Yang Kuisong 2005, 4)" in Chicago author-date,
// "(Yang Kuisong, 2005, p. 4)" in APA), and the work's bibliography entry. Nothing the link lacks is added.

import type { ExternalLink } from '../archive/document'
import { renderBibliographyEntries, renderCitation, type EntryMarkup } from './citation-engine'
import { cslTemplate, type CitationLocale, type CitationStyleId } from './citation-styles'
import type { CslItem } from './csl-item'

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

/** The citation of a passage on `page` of the copy of `link`. */
export function citePassage(
  link: ExternalLink,
  page: number,
  options: { style: CitationStyleId; locale: CitationLocale; markup?: EntryMarkup }
): CitedPassage {
  const item = linkToCsl(link)
  const style = cslTemplate(options.style)
  const markup = options.markup ?? 'text'
  const inText = renderCitation(item, {
    style,
    locale: options.locale,
    markup,
    locator: { label: 'page', value: String(page) }
  })
  const [entry] = renderBibliographyEntries([item], { style, locale: options.locale, markup })
  return { inText, entry: entry?.entry ?? null }
}
