// The annotations view's "Exporter en Markdown…": the ticked annotations in the template the user picks, previewed,
// then saved where they choose (one file, or one note per document in a new folder). Escape or "Annuler" closes it.

import { useEffect, useMemo, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { SaveFileResult } from '../../../shared/ipc/contract'
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings'
import { useOpenArchive } from '../archive/open-archive-context'
import type { ExportTemplate } from '../backup/export-templates'
import { markdownLabels } from '../backup/markdown-labels'
import { MarkdownTemplateChoice, useExportPreview } from '../backup/markdown-template-choice'
import { useCitationStyle } from '../citations/citation-style-preference'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { saveSelection, selectionFiles } from './export-selection'

interface ExportSelectionDialogProps {
  selected: readonly Annotation[]
  titles: ReadonlyMap<string, string>
  /** The documents the app has read: what each quote's citation is made from. */
  documents: readonly ArchiveDocumentEntry[]
  /** Told how the save went (the view's notice says so); the dialog closes after a save that was not cancelled. */
  onSaved(result: SaveFileResult, template: ExportTemplate): void
  onClose(): void
}

export function ExportSelectionDialog({ selected, titles, documents, onSaved, onClose }: ExportSelectionDialogProps) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const archive = useOpenArchive()
  const style = useCitationStyle() ?? DEFAULT_SETTINGS.citationStyle
  const [template, setTemplate] = useState<ExportTemplate>('plain')
  const [saving, setSaving] = useState(false)
  const labels = useMemo(() => markdownLabels(t), [t])
  const preview = useExportPreview(
    () => selectionFiles(selected, titles, labels, { template, entries: documents, archive, style }),
    `${template}|${style}|${documents.length}|${selected.map(({ id }) => id).join(',')}`
  )
  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  async function save() {
    if (preview?.kind !== 'ready') return
    setSaving(true)
    try {
      const result = await saveSelection(preview.files, template, t)
      onSaved(result, template)
      if (result.ok || result.reason !== 'canceled') onClose()
    } finally {
      setSaving(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="export-selection-dialog"
      aria-labelledby="export-selection-title"
      onCancel={(event) => {
        event.preventDefault()
        if (!saving) onClose()
      }}
    >
      <h2 id="export-selection-title">{t('annotationsView.bulk.exportTitle', { count: selected.length })}</h2>
      <MarkdownTemplateChoice template={template} onTemplate={setTemplate} preview={preview} />
      <div className="export-selection-actions">
        <button type="button" disabled={saving} onClick={onClose}>
          {t('annotationsView.bulk.exportCancel')}
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={saving || preview?.kind !== 'ready' || preview.files.length === 0}
          onClick={() => void save()}
        >
          {t('annotationsView.bulk.exportSave')}
        </button>
      </div>
    </dialog>
  )
}
