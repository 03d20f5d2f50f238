// What an annotation's passage can be carried away as: its citation with a pinpoint locator (a copy's page, an
// article's section and paragraph), its folio:// link, and a Markdown quote with both.

import type { ArticleDocument } from '../../../shared/archive/document'
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings'
import { useOpenArchive } from '../archive/open-archive-context'
import { citeArticlePassageOf } from '../citations/citation-loader'
import { useCitationStyle } from '../citations/citation-style-preference'
import { citeCopyPage, CitePassageButton, type CitePassage } from '../copies/cite-passage-button'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { CopyMarkdownQuoteButton, CopyPassageLinkButton } from '../links/copy-passage-link'
import { passageLinkOfAnnotation } from '../links/passage-link-of'

interface PassageActionsProps {
  annotation: Annotation
  document: ArticleDocument
  quote: string
  /** The page of the passage in a copy with pages; null in an article. */
  page: number | null
}

export function PassageActions({ annotation, document, quote, page }: PassageActionsProps) {
  const { t } = useTranslation()
  const archive = useOpenArchive()
  const style = useCitationStyle() ?? DEFAULT_SETTINGS.citationStyle
  const cite: CitePassage =
    page !== null
      ? citeCopyPage(document.id, page)
      : (chosen) =>
          citeArticlePassageOf(
            { document, ...(archive ? { archiveName: archive.name } : {}) },
            annotation.target.blockId,
            chosen
          )
  const link = archive ? passageLinkOfAnnotation(archive.id, annotation) : null
  return (
    <>
      <CitePassageButton quote={quote} cite={cite} />
      {link ? <CopyPassageLinkButton link={link} label={document.title} /> : null}
      {link ? (
        <CopyMarkdownQuoteButton
          link={link}
          quote={quote}
          cite={async () => {
            const cited = await cite(style)
            if (!cited) throw new Error(t('copyCard.citeNoLink'))
            return cited.text
          }}
        />
      ) : null}
    </>
  )
}
