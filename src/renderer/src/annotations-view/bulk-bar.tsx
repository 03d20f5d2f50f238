// The actions on the ticked annotations shown: select all shown or none, add or remove a tag, recolour, export as
// Markdown (a template and a preview first, export-selection-dialog.tsx), delete — each at once, each but the export
// undone by Folio's one undo (the notice's "Annuler", Ctrl+Z).

import { useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { SaveFileResult } from '../../../shared/ipc/contract'
import type { ExportTemplate } from '../backup/export-templates'
import { HIGHLIGHT_COLORS, type Annotation } from '../db/annotation'
import type { FolioDb } from '../db/folio-db'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import {
  deleteAnnotations,
  putBack,
  recolorAnnotations,
  tagAnnotations,
  untagAnnotations,
  type BulkChange
} from './bulk-writes'
import { ExportSelectionDialog } from './export-selection-dialog'

interface BulkBarProps {
  database: FolioDb
  /** The ticked annotations among those shown: what the actions act on. */
  selected: readonly Annotation[]
  shownCount: number
  titles: ReadonlyMap<string, string>
  /** The documents the app has read (the export's citations are made from them). */
  documents?: readonly ArchiveDocumentEntry[]
  onSelectAll(): void
  onClear(): void
  /** Told what a write (or its undo) changed, as soon as it is on disk, before the list's next read. */
  onWritten(change: BulkChange): void
}

export function BulkBar(props: BulkBarProps) {
  const { database, selected, shownCount, titles, documents = [], onSelectAll, onClear, onWritten } = props
  const { t } = useTranslation()
  const notice = useNotice()
  const [tag, setTag] = useState('')
  const [busy, setBusy] = useState(false)
  const [exporting, setExporting] = useState(false)
  const ids = selected.map((annotation) => annotation.id)

  /** Runs one write; says what it did, with "Annuler" that puts back what it changed. */
  async function run(write: () => Promise<BulkChange>, said: (count: number) => string) {
    if (busy || ids.length === 0) return
    setBusy(true)
    try {
      const change = await write()
      if (change.before.length === 0) {
        notice.show(t('annotationsView.bulk.unchanged'))
        return
      }
      onWritten(change)
      notice.offerUndo({
        message: said(change.before.length),
        undo: () => putBack(database, change).then(onWritten),
        undone: t('annotationsView.bulk.undone')
      })
    } catch (error) {
      notice.fail(error)
    } finally {
      setBusy(false)
    }
  }

  function exported(result: SaveFileResult, template: ExportTemplate) {
    if (result.ok)
      notice.show(
        t(template === 'per-document' ? 'annotationsView.bulk.exportedFolder' : 'annotationsView.bulk.exported', result)
      )
    else if (result.reason !== 'canceled')
      notice.show(t('annotationsView.bulk.exportFailed', { message: result.message }), 'error')
  }

  const cleanTag = tag.trim()
  return (
    <div className="annotations-view-bulk" role="group" aria-label={t('annotationsView.bulk.label')}>
      <span className="annotations-view-selected" aria-live="polite">
        {t('annotationsView.bulk.selected', { count: selected.length })}
      </span>
      <button type="button" className="link-button" onClick={onSelectAll} disabled={shownCount === 0}>
        {t('annotationsView.bulk.selectAll', { count: shownCount })}
      </button>
      {selected.length ? (
        <>
          <button type="button" className="link-button" onClick={onClear}>
            {t('annotationsView.bulk.clear')}
          </button>
          <span className="annotations-view-bulk-tag">
            <input
              type="text"
              value={tag}
              aria-label={t('annotationsView.bulk.tag')}
              placeholder={t('annotationsView.bulk.tagPlaceholder')}
              onChange={(event) => setTag(event.target.value)}
            />
            <button
              type="button"
              disabled={busy || !cleanTag}
              onClick={() =>
                void run(
                  () => tagAnnotations(database, ids, cleanTag),
                  (count) => t('annotationsView.bulk.tagged', { count, tag: cleanTag })
                )
              }
            >
              {t('annotationsView.bulk.addTag')}
            </button>
            <button
              type="button"
              disabled={busy || !cleanTag}
              onClick={() =>
                void run(
                  () => untagAnnotations(database, ids, cleanTag),
                  (count) => t('annotationsView.bulk.untagged', { count, tag: cleanTag })
                )
              }
            >
              {t('annotationsView.bulk.removeTag')}
            </button>
          </span>
          <span className="filter-colors">
            {HIGHLIGHT_COLORS.map((color) => {
              const name = t(`annotations.colors.${color}`)
              return (
                <button
                  key={color}
                  type="button"
                  className={`swatch swatch-${color}`}
                  disabled={busy}
                  aria-label={t('annotationsView.bulk.recolor', { color: name })}
                  title={t('annotationsView.bulk.recolor', { color: name })}
                  onClick={() =>
                    void run(
                      () => recolorAnnotations(database, ids, color),
                      (count) => t('annotationsView.bulk.recolored', { count, color: name })
                    )
                  }
                />
              )
            })}
          </span>
          <button type="button" disabled={busy || exporting} aria-haspopup="dialog" onClick={() => setExporting(true)}>
            {t('annotationsView.bulk.export')}
          </button>
          {exporting ? (
            <ExportSelectionDialog
              selected={selected}
              titles={titles}
              documents={documents}
              onSaved={exported}
              onClose={() => setExporting(false)}
            />
          ) : null}
          <button
            type="button"
            className="is-danger"
            disabled={busy}
            onClick={() =>
              void run(
                () => deleteAnnotations(database, ids),
                (count) => t('annotationsView.bulk.deleted', { count })
              )
            }
          >
            {t('annotationsView.bulk.delete')}
          </button>
        </>
      ) : null}
    </div>
  )
}
