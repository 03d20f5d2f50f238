// A folio:// link pasted in the search box: instead of searching its words, the box offers to open its passage
// (Enter does), or says why the link cannot be read.

import { parsePassageLink } from '../../../shared/links/passage-link'
import { useTranslation } from '../i18n/i18n'
import { usePassageLinkContext } from '../links/open-passage-link'

export function PassageLinkOffer({ text, onOpen }: { text: string; onOpen(): void }) {
  const { t } = useTranslation()
  const follow = usePassageLinkContext()
  const read = parsePassageLink(text.trim())
  return (
    <div id="search-results" className="search-results" aria-label={t('search.results')} role="region">
      {read.ok ? (
        <button
          type="button"
          className="search-hit"
          title={t('passageLink.searchOfferHint')}
          onClick={() => {
            onOpen()
            follow?.(read.link)
          }}
        >
          <span className="hit-title">{t('passageLink.searchOffer')}</span>
          {read.link.quote ? <span className="hit-snippet">{read.link.quote.exact}</span> : null}
        </button>
      ) : (
        <p className="search-summary" role="alert">
          {t(`passageLink.refused.${read.reason}`)}
        </p>
      )}
    </div>
  )
}
