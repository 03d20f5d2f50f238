// On a link card: the copies the user has of the linked document (a PDF, a saved page), what each is, "Lire la
// copie" to open it in the reader, and "Joindre une copie…" to attach a file they have. A copy the archive ships
// says so; one whose file could not be taken shows why, and cannot be opened.

import { useState } from 'react'
import type { CopyEntry } from '../../../shared/copies/copy-types'
import { useTranslation } from '../i18n/i18n'
import { formatIsoDate, formatNumber } from '../i18n/format'
import { useNavigation } from '../layout/navigation'
import { copySize } from './copy-size'
import { useCopies } from './use-copies'

type Outcome = { kind: 'error' | 'done'; message: string }

function CopyRow({ copy, onDetach }: { copy: CopyEntry; onDetach: () => void }) {
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  const refused = copy.shipped?.problem
  return (
    <li className="copy-row" data-copy-id={copy.id} data-shipped={copy.shipped ? 'true' : undefined}>
      <span className="copy-name">{copy.title ?? copy.fileName}</span>
      <span className="copy-facts">
        {[
          copy.kind === 'pdf' ? t('copyCard.pdf') : t('copyCard.html'),
          copySize(copy.size),
          copy.pages !== null ? t('copyCard.pages', { count: copy.pages, pages: formatNumber(copy.pages) }) : null,
          copy.shipped
            ? t('copyCard.shipped')
            : t('copyCard.attachedOn', { date: formatIsoDate(copy.attachedAt.slice(0, 10)) })
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {copy.title && copy.title !== copy.fileName ? <span className="copy-file">{copy.fileName}</span> : null}
      {refused ? (
        // Nothing to open: the archive's file is not the one it lists, and the library has no copy of it.
        <span className="copy-problem link-outcome is-error">{t('copyCard.shippedRefused', { problem: refused })}</span>
      ) : (
        <span className="copy-actions">
          <button type="button" className="primary-button" onClick={() => openDocument(copy.id)}>
            {t('copyCard.read')}
          </button>
          <button type="button" className="link-button" onClick={onDetach}>
            {t('copyCard.detach')}
          </button>
        </span>
      )}
    </li>
  )
}

export function LinkCopies({ documentId, linkId }: { documentId: string; linkId: string }) {
  const { t } = useTranslation()
  const { copies, attach, detach } = useCopies(documentId, linkId)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)

  async function onAttach() {
    setBusy(true)
    const result = await attach(linkId)
    setBusy(false)
    if (result.ok) setOutcome({ kind: 'done', message: t('copyCard.attached', { name: result.copy.fileName }) })
    else if (result.reason === 'canceled') setOutcome(null)
    else if (result.reason === 'no-api') setOutcome({ kind: 'error', message: t('links.noApi') })
    else setOutcome({ kind: 'error', message: result.message })
  }
  async function onDetach(copy: CopyEntry) {
    const result = await detach(copy, linkId)
    setOutcome(
      result.ok
        ? { kind: 'done', message: t('copyCard.detached', { name: copy.fileName }) }
        : { kind: 'error', message: result.message ?? '' }
    )
  }

  return (
    <div className="link-copies">
      {copies && copies.length > 0 ? (
        <ul className="copy-list" aria-label={t('copyCard.label')}>
          {copies.map((copy) => (
            <CopyRow key={copy.id} copy={copy} onDetach={() => void onDetach(copy)} />
          ))}
        </ul>
      ) : null}
      <button type="button" className="secondary-button" disabled={busy} onClick={() => void onAttach()}>
        {t('copyCard.attach')}
      </button>
      {outcome ? (
        <p className={`link-outcome is-${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.message}
        </p>
      ) : null}
    </div>
  )
}
