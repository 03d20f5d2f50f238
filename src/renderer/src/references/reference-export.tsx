// Export controls for a set of references: a format (BibTeX, RIS, CSL-JSON), an "Exporter" button,
// and the outcome in words ("Enregistré : peskov-2010.bib", the cancellation, or the error).

import { useId, useState } from 'react'
import type { Reference } from '../../../shared/archive/document'
import { EXPORT_FORMAT_IDS, type ExportFormatId } from '../../../shared/citations/export-format-list'
import { useTranslation } from '../i18n/i18n'
import { worded, type Words } from '../i18n/words'
import { saveReferences } from './save-references'

interface ReferenceExportProps {
  references: readonly Reference[]
  /** What is exported, for the button's accessible name ("cette référence", "les références marquées"). */
  scope: string
  /** A visible title for the group, when the context does not give one. */
  title?: string
}

/** Kept as its key and values and worded when shown, so it follows a change of language. */
type Outcome = Words & { kind: 'working' | 'saved' | 'info' | 'error' }

/** Format select + export button + result line. Disabled (and says why) when there is nothing to export. */
export function ReferenceExport({ references, scope, title }: ReferenceExportProps) {
  const { t } = useTranslation()
  const id = useId()
  const [format, setFormat] = useState<ExportFormatId>('bibtex')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const empty = references.length === 0

  async function run() {
    setOutcome({ kind: 'working', key: 'citations.export.working' })
    const result = await saveReferences(references, format)
    if (result.ok) setOutcome({ kind: 'saved', key: 'citations.export.saved', values: { file: result.fileName } })
    else if (result.reason === 'canceled') setOutcome({ kind: 'info', key: 'citations.export.canceled' })
    else if (result.reason === 'no-api') setOutcome({ kind: 'error', key: 'citations.export.noApi' })
    else if (result.reason === 'empty') setOutcome({ kind: 'info', key: 'citations.export.none' })
    else setOutcome({ kind: 'error', key: 'citations.export.failed', values: { message: result.message } })
  }

  return (
    <div
      className="reference-export"
      role="group"
      aria-labelledby={title ? `${id}-title` : undefined}
      aria-label={title ? undefined : scope}
    >
      {title ? (
        <span id={`${id}-title`} className="reference-export-title">
          {title} <span className="count">({references.length})</span>
        </span>
      ) : null}
      <label htmlFor={`${id}-format`} className="inline-label">
        {t('citations.export.format')}
      </label>
      <select id={`${id}-format`} value={format} onChange={(event) => setFormat(event.target.value as ExportFormatId)}>
        {EXPORT_FORMAT_IDS.map((formatId) => (
          <option key={formatId} value={formatId}>
            {t(`citations.formats.${formatId}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="secondary-button"
        disabled={empty || outcome?.kind === 'working'}
        aria-label={t('citations.export.buttonLabel', { scope, format: t(`citations.formats.${format}`) })}
        aria-describedby={empty ? `${id}-empty` : undefined}
        onClick={() => void run()}
      >
        {t('citations.export.button')}
      </button>
      {empty ? (
        <span id={`${id}-empty`} className="muted">
          {t('citations.export.none')}
        </span>
      ) : null}
      <p role="status" className={`export-outcome is-${outcome?.kind ?? 'idle'}`}>
        {outcome ? worded(t, outcome) : null}
      </p>
    </div>
  )
}
