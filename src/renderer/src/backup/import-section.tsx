// The import part of the data dialog: choose a file (validated whole, nothing written), see what the
// import would do — new, updated, in conflict, unchanged — then confirm or cancel.

import { useId } from 'react'
import { formatIsoDate, formatNumber } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'
import type { MergeOutcome } from './merge-rule'
import type { DataTransfer } from './use-data-transfer'

const OUTCOMES: MergeOutcome[] = ['new', 'updated', 'conflict', 'unchanged']

export function ImportSection({ transfer }: { transfer: DataTransfer }) {
  const { t } = useTranslation()
  const id = useId()
  const { candidate, busy } = transfer

  return (
    <section className="data-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup.import.title')}</h3>
      <p className="data-hint">{t('backup.import.hint')}</p>
      {candidate ? (
        <div className="import-preview" data-testid="import-preview" aria-labelledby={`${id}-preview`}>
          <h4 id={`${id}-preview`}>{t('backup.import.previewTitle', { fileName: candidate.fileName })}</h4>
          <p className="data-hint">
            {candidate.parsed.kind === 'folio-backup'
              ? t('backup.import.kindBackup', {
                  date: formatIsoDate((candidate.parsed.exportedAt ?? '').slice(0, 10)),
                  version: candidate.parsed.schemaVersion
                })
              : t('backup.import.kindW3c')}
            {candidate.parsed.attachedToFallback > 0
              ? ` ${t('backup.import.attached', { count: candidate.parsed.attachedToFallback })}`
              : ''}
          </p>
          <dl className="import-counts">
            {OUTCOMES.map((outcome) => (
              <div
                key={outcome}
                className={`import-count is-${outcome}${candidate.plan.totals[outcome] > 0 ? ' has-some' : ''}`}
              >
                <dt>{t(`backup.import.counts.${outcome}`)}</dt>
                <dd data-testid={`import-${outcome}`}>{formatNumber(candidate.plan.totals[outcome])}</dd>
              </div>
            ))}
          </dl>
          <p className="data-hint">{t('backup.import.rule')}</p>
          <div className="dialog-actions">
            <button type="button" className="secondary-button" disabled={busy} onClick={transfer.cancelImport}>
              {t('backup.import.cancel')}
            </button>
            <button type="button" className="primary-button" disabled={busy} onClick={() => void transfer.confirm()}>
              {t('backup.import.confirm')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="primary-button" disabled={busy} onClick={() => void transfer.chooseFile()}>
          {t('backup.import.choose')}
        </button>
      )}
    </section>
  )
}
