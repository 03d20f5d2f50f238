// The "Données" dialog: what the user has, then export, import (choose → preview → confirm) and clear
// (confirm), with a progress bar for long work and the outcome of the last action.

import { useEffect, useMemo, useRef } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { formatNumber } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'
import { worded } from '../i18n/words'
import { ClearSection } from './clear-section'
import { ExportSection } from './export-section'
import { ImportSection } from './import-section'
import { requestPrint } from '../print/print-request'
import type { Progress } from './progress'
import { useDataSummary, useDataTransfer } from './use-data-transfer'

export interface DataDialogProps {
  documents: readonly ArchiveDocumentEntry[]
  currentDocumentId: string
  onClose(): void
}

export function DataDialog({ documents, currentDocumentId, onClose }: DataDialogProps) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const titles = useMemo(() => new Map(documents.map((entry) => [entry.id, entry.document.title])), [documents])
  const counts = useDataSummary()
  const transfer = useDataTransfer(titles, currentDocumentId, counts, documents)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const others = counts
    ? Object.entries(counts).reduce(
        (sum, [name, count]) => (name === 'annotations' || name === 'bookmarks' ? sum : sum + count),
        0
      )
    : 0
  return (
    <dialog
      ref={dialog}
      className="data-dialog"
      aria-labelledby="data-dialog-title"
      aria-busy={transfer.busy}
      onCancel={(event) => {
        // Escape closes the dialog, except while work is under way.
        event.preventDefault()
        if (!transfer.busy) onClose()
      }}
    >
      <header className="data-dialog-header">
        <h2 id="data-dialog-title">{t('backup.title')}</h2>
        <button
          type="button"
          className="data-dialog-close"
          aria-label={t('backup.close')}
          disabled={transfer.busy}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <p className="data-summary" data-testid="data-summary">
        {counts
          ? t('backup.summary', {
              annotations: t('backup.summaryAnnotations', { count: counts.annotations }),
              bookmarks: t('backup.summaryBookmarks', { count: counts.bookmarks }),
              others: t('backup.summaryOthers', { count: others })
            })
          : '…'}
      </p>
      <ExportSection
        documents={documents}
        currentDocumentId={currentDocumentId}
        busy={transfer.busy}
        onExport={transfer.exportAs}
        buildMarkdown={transfer.buildMarkdown}
        onSaveMarkdown={(scope, template) => void transfer.saveMarkdown(scope, template)}
        dataKey={counts ? Object.values(counts).join(',') : ''}
      />
      <section className="data-section" aria-label={t('print.title')}>
        <button
          type="button"
          title={t('print.openHint')}
          disabled={transfer.busy}
          onClick={() => {
            onClose()
            requestPrint('print')
          }}
        >
          {t('print.open')}
        </button>
      </section>
      <ImportSection transfer={transfer} />
      <ClearSection counts={counts} busy={transfer.busy} onClear={transfer.clearAll} />
      <TransferProgress progress={transfer.busy ? transfer.progress : null} busy={transfer.busy} />
      <div
        className={`data-message${transfer.message?.kind === 'error' ? ' is-error' : ''}`}
        role={transfer.message?.kind === 'error' ? 'alert' : 'status'}
        data-testid="data-message"
      >
        {transfer.message ? worded(t, transfer.message) : ''}
      </div>
    </dialog>
  )
}

/** The progress bar of long work (reading, checking, writing 50,000 records…): what is done, how far along. */
function TransferProgress({ progress, busy }: { progress: Progress | null; busy: boolean }) {
  const { t } = useTranslation()
  if (!busy) return null
  const known = progress !== null && progress.total > 0
  return (
    <div className="transfer-progress" data-testid="transfer-progress">
      <span className="transfer-phase">{progress ? t(`backup.progress.${progress.phase}`) : '…'}</span>
      {known ? <progress max={progress.total} value={Math.min(progress.done, progress.total)} /> : <progress />}
      {known ? (
        <span className="transfer-count">
          {t('backup.progress.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
        </span>
      ) : null}
    </div>
  )
}
