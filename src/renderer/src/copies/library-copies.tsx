// "Mes copies" in the library sidebar: every PDF and saved page the user keeps, attached to a link or added on
// their own, to open in the reader; "Ajouter une copie…" adds one on its own and opens it.

import { useId, useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useCopies } from './use-copies'

export function LibraryCopies({ currentId }: { currentId: string }) {
  const { t } = useTranslation()
  const headingId = useId()
  const { openDocument } = useNavigation()
  const { copies, attach } = useCopies(null)
  const [refusal, setRefusal] = useState<string | null>(null)

  async function add() {
    const result = await attach()
    if (result.ok) {
      setRefusal(null)
      openDocument(result.copy.id)
    } else if (result.reason === 'no-api') setRefusal(t('links.noApi'))
    else setRefusal(result.reason === 'canceled' ? null : result.message)
  }

  return (
    <section className="sidebar-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('copyCard.mine')}</h2>
      {copies && copies.length > 0 ? (
        <ul>
          {copies.map((copy) => (
            <li key={copy.id}>
              <button
                type="button"
                className="sidebar-item"
                aria-current={copy.id === currentId ? 'page' : undefined}
                onClick={() => openDocument(copy.id)}
              >
                {copy.title ?? copy.fileName}
              </button>
            </li>
          ))}
        </ul>
      ) : copies ? (
        <p className="muted">{t('copyCard.noneYet')}</p>
      ) : null}
      {refusal ? (
        <p className="link-outcome is-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <button type="button" className="add-document" onClick={() => void add()}>
        {t('copyCard.add')}
      </button>
    </section>
  )
}
