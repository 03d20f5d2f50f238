// Asks before a document leaves the library, saying what happens to the user's annotations and
// bookmarks on it, and letting them choose: keep them (they come back with the file) or delete them
// (after a safety backup; "Annuler" puts them back).

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { countDocumentData } from '../db/document-data'
import { useTranslation } from '../i18n/i18n'
import type { TFunction } from 'i18next'

interface RemoveDocumentDialogProps {
  entry: ArchiveDocumentEntry
  onCancel(): void
  onConfirm(deleteData: boolean): void
}

/**
 * "Votre annotation et aucun signet sur ce document :": each count with its plural form, zero in words
 * (never "Vos 1 annotation et 0 signet").
 */
export function dataOnDocument(t: TFunction, counts: { annotations: number; bookmarks: number }): string {
  return t('libraryRemoval.data', {
    annotations: t('libraryRemoval.annotations', { count: counts.annotations }),
    bookmarks: t('libraryRemoval.bookmarks', { count: counts.bookmarks })
  })
}

export function RemoveDocumentDialog({ entry, onCancel, onConfirm }: RemoveDocumentDialogProps) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const counts = useLiveQuery(() => countDocumentData(entry.id), [entry.id])
  const [deleteData, setDeleteData] = useState(false)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="remove-title" onCancel={onCancel}>
      <h2 id="remove-title">{t('libraryRemoval.title', { title: entry.document.title })}</h2>
      <p>{t('libraryRemoval.copy', { file: entry.file })}</p>
      {counts && counts.annotations + counts.bookmarks > 0 ? (
        <fieldset>
          <legend>{dataOnDocument(t, counts)}</legend>
          <label>
            <input type="radio" name="data" checked={!deleteData} onChange={() => setDeleteData(false)} />
            {t('libraryRemoval.keepData')}
          </label>
          <label>
            <input type="radio" name="data" checked={deleteData} onChange={() => setDeleteData(true)} />
            {t('libraryRemoval.deleteData')}
          </label>
        </fieldset>
      ) : (
        <p className="muted">{t('libraryRemoval.noData')}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="secondary-button" onClick={onCancel} autoFocus>
          {t('libraryRemoval.cancel')}
        </button>
        <button type="button" className="danger-button" onClick={() => onConfirm(deleteData)}>
          {t('libraryRemoval.confirm')}
        </button>
      </div>
    </dialog>
  )
}
