// The "clear all data" part of the data dialog: a first click asks, a second one (naming what will go)
// clears every table — after a safety backup, written by the action itself.

import { useId, useState } from 'react'
import type { TableName } from '../db/folio-db'
import { useTranslation } from '../i18n/i18n'

export interface ClearSectionProps {
  counts: Record<TableName, number> | undefined
  busy: boolean
  onClear(): Promise<void>
}

export function ClearSection({ counts, busy, onClear }: ClearSectionProps) {
  const { t } = useTranslation()
  const id = useId()
  const [asking, setAsking] = useState(false)

  return (
    <section className="data-section is-danger" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup.clear.title')}</h3>
      <p className="data-hint">{t('backup.clear.hint')}</p>
      {asking ? (
        <div className="clear-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>
            {t('backup.clear.confirmQuestion', {
              annotations: t('backup.summaryAnnotations', { count: counts?.annotations ?? 0 }),
              bookmarks: t('backup.summaryBookmarks', { count: counts?.bookmarks ?? 0 })
            })}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="secondary-button"
              disabled={busy}
              onClick={() => setAsking(false)}
              autoFocus
            >
              {t('backup.clear.cancel')}
            </button>
            <button
              type="button"
              className="danger-button"
              disabled={busy}
              onClick={() => {
                setAsking(false)
                void onClear()
              }}
            >
              {t('backup.clear.confirm')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="secondary-button is-danger" disabled={busy} onClick={() => setAsking(true)}>
          {t('backup.clear.action')}
        </button>
      )}
    </section>
  )
}
