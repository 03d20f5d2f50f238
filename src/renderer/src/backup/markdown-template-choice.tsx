// The Markdown export's template (Obsidian, plain, one note per document) and the preview of what will be saved: the
// beginning of the first file, made again when the template or what is exported changes. Shared by the data dialog
// (which saves the export made again from the records as they are then) and the annotations view's export of a
// selection (which saves what it previewed: the selection cannot change under its modal dialog).

import { useEffect, useId, useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import { EXPORT_TEMPLATES, type ExportFile, type ExportTemplate } from './export-templates'

/** The characters of the first file the preview shows: a screenful or two, never a whole library's notes. */
export const PREVIEW_LENGTH = 4000

/** The file names listed above the preview of an export of several files. */
const PREVIEW_NAMES = 5

export type ExportPreview =
  { kind: 'loading' } | { kind: 'ready'; files: ExportFile[] } | { kind: 'failed'; message: string }

/**
 * The files `build` makes, built again when `key` changes (the template, the scope, the selection); the answer of a
 * build overtaken by another is dropped. Null `build`: nothing to preview.
 */
export function useExportPreview(build: (() => Promise<ExportFile[]>) | null, key: string): ExportPreview | null {
  const [preview, setPreview] = useState<ExportPreview | null>(null)
  useEffect(() => {
    if (!build) {
      setPreview(null)
      return
    }
    let live = true
    setPreview({ kind: 'loading' })
    build().then(
      (files) => live && setPreview({ kind: 'ready', files }),
      (error: unknown) =>
        live && setPreview({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    )
    return () => {
      live = false
    }
    // `key` says when `build` makes something else; a new closure alone is no reason to build again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, build === null])
  return preview
}

interface MarkdownTemplateChoiceProps {
  template: ExportTemplate
  onTemplate(template: ExportTemplate): void
  preview: ExportPreview | null
}

export function MarkdownTemplateChoice({ template, onTemplate, preview }: MarkdownTemplateChoiceProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="markdown-template">
      <fieldset>
        <legend>{t('backup.export.template')}</legend>
        {EXPORT_TEMPLATES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-template`}
              value={option}
              checked={template === option}
              onChange={() => onTemplate(option)}
            />
            {t(`backup.export.templates.${option}`)}
          </label>
        ))}
      </fieldset>
      <PreviewText preview={preview} labelId={`${id}-preview`} />
    </div>
  )
}

/** The first {@link PREVIEW_LENGTH} characters of `text`, never half of a character outside the BMP (CJK, emoji). */
function previewHead(text: string): string {
  const end = /[\ud800-\udbff]/.test(text.charAt(PREVIEW_LENGTH - 1)) ? PREVIEW_LENGTH - 1 : PREVIEW_LENGTH
  return text.slice(0, end)
}

function PreviewText({ preview, labelId }: { preview: ExportPreview | null; labelId: string }) {
  const { t } = useTranslation()
  if (!preview) return null
  const first = preview.kind === 'ready' ? preview.files[0] : undefined
  const text =
    preview.kind === 'loading'
      ? t('backup.export.previewLoading')
      : preview.kind === 'failed'
        ? t('backup.export.previewFailed', { message: preview.message })
        : !first
          ? t('backup.export.nothing')
          : first.content.length > PREVIEW_LENGTH
            ? `${previewHead(first.content)}\n${t('backup.export.previewCut')}`
            : first.content
  return (
    <section className="export-preview" aria-labelledby={labelId}>
      <h4 id={labelId}>{t('backup.export.preview')}</h4>
      {preview.kind === 'ready' && preview.files.length > 1 ? (
        <p className="export-preview-files">
          {t('backup.export.previewFiles', {
            count: preview.files.length,
            names: [
              ...preview.files.slice(0, PREVIEW_NAMES).map(({ name }) => name),
              ...(preview.files.length > PREVIEW_NAMES ? ['…'] : [])
            ].join(', ')
          })}
        </p>
      ) : null}
      {/* Focusable: a keyboard scrolls it. */}
      <pre
        className="export-preview-text"
        tabIndex={0}
        aria-busy={preview.kind === 'loading'}
        data-testid="export-preview"
      >
        {text}
      </pre>
    </section>
  )
}
