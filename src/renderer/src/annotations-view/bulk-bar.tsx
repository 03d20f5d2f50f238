// The actions on the ticked annotations shown: select all shown or none, add or remove a tag, recolour, export as
// Markdown, delete — each at once, each but the export undone by Folio's one undo (the notice's "Annuler", Ctrl+Z).

import { useState } from 'react'
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
import { exportSelection } from './export-selection'

interface BulkBarProps {
  database: FolioDb
  /** The ticked annotations among those shown: what the actions act on. */
  selected: readonly Annotation[]
  shownCount: number
  titles: ReadonlyMap<string, string>
  onSelectAll(): void
  onClear(): void
  /** Told what a write (or its undo) changed, as soon as it is on disk, before the list's next read. */
  onWritten(change: BulkChange): void
}

export function BulkBar({ database, selected, shownCount, titles, onSelectAll, onClear, onWritten }: BulkBarProps) {
  const { t } = useTranslation()
  const notice = useNotice()
  const [tag, setTag] = useState('')
  const [busy, setBusy] = useState(false)
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

  async function exportMarkdown() {
    setBusy(true)
    try {
      const result = await exportSelection(selected, titles, t)
      if (result.ok) notice.show(t('annotationsView.bulk.exported', { fileName: result.fileName }))
      else if (result.reason !== 'canceled')
        notice.show(t('annotationsView.bulk.exportFailed', { message: result.message }), 'error')
    } catch (error) {
      notice.fail(error)
    } finally {
      setBusy(false)
    }
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
          <button type="button" disabled={busy} onClick={() => void exportMarkdown()}>
            {t('annotationsView.bulk.export')}
          </button>
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
