// The export part of the data dialog: this document or everything, in Markdown (a template for the user's writing
// tool, with a preview of the file), W3C JSON-LD or a full Folio backup; written where the user chooses, through
// main's save dialog.

import { useId, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'
import type { ExportScope } from './backup-format'
import { DATA_EXPORT_FORMATS, type DataExportFormat } from './data-actions'
import type { ExportFile, ExportTemplate } from './export-templates'
import { MarkdownTemplateChoice, useExportPreview } from './markdown-template-choice'

export interface ExportSectionProps {
  documents: readonly ArchiveDocumentEntry[]
  currentDocumentId: string
  busy: boolean
  onExport(scope: ExportScope, format: DataExportFormat): void
  /** The files of a Markdown export of `scope` in `template`: the preview. */
  buildMarkdown(scope: ExportScope, template: ExportTemplate): Promise<ExportFile[]>
  onSaveMarkdown(scope: ExportScope, template: ExportTemplate): void
  /** Changes when the records do (the dialog's live counts): the preview is made again. */
  dataKey: string
}

export function ExportSection(props: ExportSectionProps) {
  const { documents, currentDocumentId, busy, onExport } = props
  const { t } = useTranslation()
  const id = useId()
  const [scopeKind, setScopeKind] = useState<ExportScope['kind']>('document')
  const [format, setFormat] = useState<DataExportFormat>('markdown')
  const [template, setTemplate] = useState<ExportTemplate>('plain')
  const title = documents.find((entry) => entry.id === currentDocumentId)?.document.title ?? currentDocumentId
  const scope: ExportScope = scopeKind === 'all' ? { kind: 'all' } : { kind: 'document', documentId: currentDocumentId }
  const preview = useExportPreview(
    format === 'markdown' ? () => props.buildMarkdown(scope, template) : null,
    `${scopeKind}|${currentDocumentId}|${template}|${documents.length}|${props.dataKey}`
  )

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
      {format === 'markdown' ? (
        <MarkdownTemplateChoice template={template} onTemplate={setTemplate} preview={preview} />
      ) : null}
      <button
        type="button"
        className="primary-button"
        disabled={busy}
        onClick={() => (format === 'markdown' ? props.onSaveMarkdown(scope, template) : onExport(scope, format))}
      >
        {t('backup.export.action')}
      </button>
    </section>
  )
}
