// The header's "Données" button: opens the data dialog, and warns — once, dismissably — when the browser
// refused persistent storage (the refusal is also logged at start-up).

import { useMenuAction } from '../desktop/use-main-events'
import { lazy, Suspense, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'
import { useStorageStatus } from '../storage/storage-startup'
import { PrintHost } from '../print/print-host'

// The dialog (export, import and their parsers) loads on first open: the first screen does not need it.
const DataDialog = lazy(() => import('./data-dialog').then((module) => ({ default: module.DataDialog })))

export interface DataButtonProps {
  /** Every document of the library, in its order (for titles in exports). */
  documents: readonly ArchiveDocumentEntry[]
  currentDocumentId: string
}

export function DataButton({ documents, currentDocumentId }: DataButtonProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  useMenuAction('exportNotes', () => setOpen(true))
  const [warningDismissed, setWarningDismissed] = useState(false)
  const { persisted } = useStorageStatus()
  return (
    <>
      {persisted === false && !warningDismissed ? (
        <span className="storage-warning" role="status" title={t('backup.storage.notPersistedHint')}>
          <span aria-hidden="true">⚠</span>{' '}
          <span className="storage-warning-text">{t('backup.storage.notPersisted')}</span>
          <button
            type="button"
            className="storage-warning-close"
            aria-label={t('backup.storage.dismiss')}
            onClick={() => setWarningDismissed(true)}
          >
            ×
          </button>
        </span>
      ) : null}
      <button
        type="button"
        className="header-button data-button"
        title={t('backup.openHint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('backup.open')}
      </button>
      {/* The print dialog (the menu's Print and Save as PDF, the data dialog's "Imprimer…") for the open document. */}
      <PrintHost entry={documents.find((entry) => entry.id === currentDocumentId)} />
      {open ? (
        <Suspense fallback={null}>
          <DataDialog documents={documents} currentDocumentId={currentDocumentId} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
