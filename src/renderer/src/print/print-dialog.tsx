// Folio's print dialog: "Imprimer" (the system's print dialog) or "Enregistrer en PDF" (main writes the page
// printed, see main/desktop/save-pdf.ts), with or without the notes as footnotes. Either way the article is
// printed from its print copy (print-copy.ts): highlights in their colours, the chosen notes after it.

import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Anchor } from '../../../shared/anchoring/types'
import { useDocumentAnnotations } from '../annotations/use-document-annotations'
import type { Annotation } from '../db/annotation'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { useNotice } from '../layout/notice'
import { makePrintCopy, type PrintCopy, type PrintedPassage } from './print-copy'
import { footnotesOf, PrintNotes, type Footnote } from './print-notes'
import { closePrintRequest, type PrintOutput } from './print-request'

/** The reader's own article of document `id`, or null when the reader shows something else (a copy, a list). */
function readerArticle(id: string): HTMLElement | null {
  const article = document.querySelector<HTMLElement>('.reader-surface > article.reader:not(.print-copy)')
  return article?.dataset.documentId === id ? article : null
}

/** A file name for the PDF from the document's title: no folder separators or control characters, bounded. */
export function pdfFileName(title: string): string {
  const name = title.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\]/g, ' ')
  const trimmed = [...name.replace(/\s+/g, ' ').trim()].slice(0, 150).join('').trim()
  return `${trimmed.replace(/^\.+/, '') || 'Folio'}.pdf`
}

/** Every anchored highlight of `article`, numbered when its note is printed as a footnote. */
function passagesOf(article: PrintedArticle, notes: boolean): PrintedPassage[] {
  const numbers = new Map(
    notes ? footnotesOf(article.annotations, article.anchors).map((note) => [note.annotation.id, note.number]) : []
  )
  return article.annotations.flatMap((annotation) => {
    const anchor = article.anchors.get(annotation.id)
    const footnote = numbers.get(annotation.id)
    return anchor
      ? [{ start: anchor.start, end: anchor.end, color: annotation.color, ...(footnote ? { footnote } : {}) }]
      : []
  })
}

// The choice is kept while the app runs: the next print is made as the last one.
let notesChosen = false

/** The open article as printed: its reader element, its document, and its annotations where they are. */
interface PrintedArticle {
  element: HTMLElement
  entry: ArchiveDocumentEntry
  annotations: readonly Annotation[]
  anchors: ReadonlyMap<string, Anchor | null>
}

interface PrintDialogProps {
  /** What is printed, named in the dialog and the PDF's file name. */
  title: string
  /** The reader's article, or null when the reader shows something else (printed as it is). */
  article: PrintedArticle | null
  output: PrintOutput
}

function PrintDialog({ title, article, output }: PrintDialogProps) {
  const { t } = useTranslation()
  const notice = useNotice()
  const dialog = useRef<HTMLDialogElement>(null)
  const [withNotes, setWithNotes] = useState(notesChosen)
  const [notesTarget, setNotesTarget] = useState<{ element: HTMLElement; footnotes: Footnote[] } | null>(null)
  const [busy, setBusy] = useState(false)
  const footnotes = useMemo(() => (article ? footnotesOf(article.annotations, article.anchors) : []), [article])
  const api = getFolioApi()
  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const run = async (chosen: PrintOutput) => {
    const notes = withNotes && footnotes.length > 0
    notesChosen = withNotes
    setBusy(true)
    dialog.current?.close()
    let copy: PrintCopy | null = null
    try {
      if (article) copy = makePrintCopy(article.element, article.entry.document, passagesOf(article, notes))
      // The footnotes are in the page before it is printed.
      const notesBlock = copy?.notes
      if (notesBlock && notes) flushSync(() => setNotesTarget({ element: notesBlock, footnotes }))
      if (chosen === 'print') window.print()
      else if (api) {
        const result = await api.savePdf({ notes, suggestedName: pdfFileName(title) })
        if (result.ok) notice.show(t('print.saved', { fileName: result.fileName }))
        else if (result.reason !== 'canceled') notice.show(result.message, 'error')
      }
    } catch (error) {
      notice.fail(error)
    } finally {
      flushSync(() => setNotesTarget(null))
      copy?.remove()
      closePrintRequest()
    }
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog print-dialog"
      aria-labelledby="print-dialog-title"
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) closePrintRequest()
      }}
    >
      <h2 id="print-dialog-title">{t('print.title')}</h2>
      <p>{title}</p>
      {article ? (
        <>
          <label>
            <input
              type="checkbox"
              checked={withNotes}
              disabled={footnotes.length === 0}
              onChange={(event) => setWithNotes(event.target.checked)}
            />{' '}
            {t('print.withNotes')}
          </label>
          <p className="print-dialog-hint">
            {footnotes.length > 0 ? t('print.notesCount', { count: footnotes.length }) : t('print.noNotes')}
          </p>
        </>
      ) : (
        <p className="print-dialog-hint">{t('print.notArticle')}</p>
      )}
      {api ? null : <p className="print-dialog-hint">{t('print.unavailable')}</p>}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={() => closePrintRequest()}>
          {t('print.cancel')}
        </button>
        <button type="button" disabled={busy} autoFocus={output === 'print'} onClick={() => void run('print')}>
          {t('print.print')}
        </button>
        <button type="button" disabled={busy || !api} autoFocus={output === 'pdf'} onClick={() => void run('pdf')}>
          {t('print.savePdf')}
        </button>
      </div>
      {notesTarget
        ? createPortal(
            <PrintNotes footnotes={notesTarget.footnotes} heading={t('print.notesHeading')} />,
            notesTarget.element
          )
        : null}
    </dialog>
  )
}

/** The dialog for the open article: its annotations read and anchored while it is open. */
function ArticlePrintDialog({
  entry,
  element,
  output
}: {
  entry: ArchiveDocumentEntry
  element: HTMLElement
  output: PrintOutput
}) {
  const { annotations, anchors } = useDocumentAnnotations(entry.document)
  const article = useMemo(
    () => ({ element, entry, annotations: annotations ?? [], anchors }),
    [element, entry, annotations, anchors]
  )
  return <PrintDialog title={entry.document.title} article={article} output={output} />
}

export interface OpenPrintDialogProps {
  /** The open document, when it is one of the documents (an article, a copy with its text). */
  entry: ArchiveDocumentEntry | undefined
  output: PrintOutput
}

/** The print dialog asked for (`output` first) for the open document: its article when the reader shows it. */
export function OpenPrintDialog({ entry, output }: OpenPrintDialogProps) {
  const element = entry ? readerArticle(entry.document.id) : null
  if (entry && element) return <ArticlePrintDialog key={entry.id} entry={entry} element={element} output={output} />
  return <PrintDialog title={entry?.document.title ?? document.title} article={null} output={output} />
}
