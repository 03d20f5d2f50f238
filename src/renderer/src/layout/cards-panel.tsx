// The panel beside the reader with the document's reference and link cards. Its two lists are groups, not
// landmarks: the article has sections of the same names ("Liens externes"), and landmarks must differ.

import type { ArticleDocument } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { LinkCard } from '../links/link-card'
import { ReferenceCard } from '../references/reference-card'

export function CardsPanel({ document }: { document: ArticleDocument }) {
  const { t } = useTranslation()
  return (
    <div className="cards-panel">
      <section role="group" aria-labelledby="cards-references">
        <h2 id="cards-references">{t('cards.references')}</h2>
        {document.references.map((reference) => (
          <ReferenceCard key={reference.id} reference={reference} />
        ))}
      </section>
      <section role="group" aria-labelledby="cards-links">
        <h2 id="cards-links">{t('cards.links')}</h2>
        {document.links.map((link) => (
          <LinkCard key={link.id} link={link} />
        ))}
      </section>
    </div>
  )
}
