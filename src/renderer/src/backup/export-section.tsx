// The export part of the data dialog: this document or everything, in Markdown, W3C JSON-LD or a full
// Folio backup; the file is written where the user chooses, through main's save dialog.

import { useId, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'
import type { ExportScope } from './backup-format'
import { DATA_EXPORT_FORMATS, type DataExportFormat } from './data-actions'

export interface ExportSectionProps {
  documents: readonly ArchiveDocumentEntry[]
  currentDocumentId: string
  busy: boolean
  onExport(scope: ExportScope, format: DataExportFormat): void
}

export function ExportSection({ documents, currentDocumentId, busy, onExport }: ExportSectionProps) {
  const { t } = useTranslation()
  const id = useId()
  const [scopeKind, setScopeKind] = useState<ExportScope['kind']>('document')
  const [format, setFormat] = useState<DataExportFormat>('markdown')
  const title = documents.find((entry) => entry.id === currentDocumentId)?.document.title ?? currentDocumentId
  const scope: ExportScope = scopeKind === 'all' ? { kind: 'all' } : { kind: 'document', documentId: currentDocumentId }

  return (
    <section className="data-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('backup.export.title')}</h3>
      <div className="data-choices">
        <fieldset>
          <legend>{t('backup.export.scope')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scopeKind === 'document'}
              onChange={() => setScopeKind('document')}
            />
            {t('backup.export.scopeDocument', { title })}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scopeKind === 'all'}
              onChange={() => setScopeKind('all')}
            />
            {t('backup.export.scopeAll')}
          </label>
        </fieldset>
        <fieldset>
          <legend>{t('backup.export.format')}</legend>
          {DATA_EXPORT_FORMATS.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-format`}
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
              />
              {t(`backup.export.${option}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="button" className="primary-button" disabled={busy} onClick={() => onExport(scope, format)}>
        {t('backup.export.action')}
      </button>
    </section>
  )
}
