// "Citer ce passage" on an annotation: the quote, the in-text citation with its pinpoint locator in the user's
// citation style (a PDF copy's page, "(Yang Kuisong 2005, 4)"; an article's section and paragraph), and the work's
// entry, copied as text and HTML. A copy's work is the archived link it was attached to; a copy added on its own has
// none, and the button says so.

import { useState } from 'react'
import type { ExternalLink } from '../../../shared/archive/document'
import type { CitedPassage } from '../../../shared/citations/cite-passage'
import type { CitationStyleId } from '../../../shared/citations/citation-styles'
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings'
import { readArchiveDocument } from '../archive/archive-documents'
import { citePassageOf } from '../citations/citation-loader'
import { useCitationStyle } from '../citations/citation-style-preference'
import { copyText } from '../citations/copy-text'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'

/** The archived link copy `copyId` was first attached to, or null. */
export async function linkOfCopy(copyId: string): Promise<ExternalLink | null> {
  const copy = (await getFolioApi()?.listCopies(null))?.find((candidate) => candidate.id === copyId)
  const first = copy?.links[0]
  if (!first) return null
  const read = await readArchiveDocument(first.documentId)
  return read.ok ? (read.entry.document.links.find((link) => link.id === first.linkId) ?? null) : null
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)

/** A passage's citation as text and HTML, or null when Folio does not know the work it is from. */
export type CitePassage = (style: CitationStyleId) => Promise<{ text: CitedPassage; html: CitedPassage } | null>

/** The citation of page `page` of copy `copyId`, as the work it was attached to. */
export const citeCopyPage =
  (copyId: string, page: number): CitePassage =>
  async (style) => {
    const link = await linkOfCopy(copyId)
    return link ? citePassageOf(link, page, style) : null
  }

export function CitePassageButton({ quote, cite: citeWith }: { quote: string; cite: CitePassage }) {
  const { t } = useTranslation()
  const style = useCitationStyle()
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; message: string } | null>(null)

  async function cite() {
    try {
      const cited = await citeWith(style ?? DEFAULT_SETTINGS.citationStyle)
      if (!cited) return setOutcome({ kind: 'error', message: t('copyCard.citeNoLink') })
      const { text, html } = cited
      const quoted = t('copyCard.citeQuote', { quote, citation: text.inText })
      const plain = text.entry ? `${quoted}\n\n${text.entry}` : quoted
      const markup = `<p>${escapeHtml(t('copyCard.citeQuote', { quote, citation: '' }).trim())} ${html.inText}</p>${html.entry ?? ''}`
      await copyText(plain, markup)
      setOutcome({ kind: 'done', message: t('copyCard.cited', { citation: text.inText }) })
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }

  return (
    <span className="cite-passage">
      <button type="button" className="link-button" onClick={() => void cite()}>
        {t('copyCard.cite')}
      </button>
      {outcome ? (
        <span className={`link-outcome is-${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.message}
        </span>
      ) : null}
    </span>
  )
}
