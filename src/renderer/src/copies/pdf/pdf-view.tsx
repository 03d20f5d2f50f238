// The PDF reader of Folio, mounted in the reader pane for a PDF copy: opens the file at `url` (main serves it), asks
// for its password when it has one, says plainly when it cannot be read, and otherwise shows it (pdf-reader.tsx).

import { useEffect, useRef, useState, type Ref } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useTranslation } from '../../i18n/i18n'
import { PdfPassword } from './pdf-password'
import { PdfReader } from './pdf-reader'
import { usePdfDocument } from './use-pdf-document'
import type { PdfPosition } from './use-scroll-position'

export interface PdfViewProps {
  url: string
  initialPosition?: PdfPosition | null
  onPosition?(position: PdfPosition): void
  onLoaded?(info: { pages: number; title: string | null }): void
  onPageText?(page: number, text: string, done: number, total: number): void
  /** The pages' text kept from an earlier opening: not extracted again. */
  knownTexts?: readonly string[] | null
  onPagesShown?(pages: ReadonlySet<number>): void
  rootRef?: Ref<HTMLElement>
  onOpenLink?(url: string): void
}

/** The title the PDF gives itself: its XMP dc:title, else its Info dictionary's Title; null when blank. */
async function pdfTitle(pdf: PDFDocumentProxy): Promise<string | null> {
  const { info, metadata } = await pdf.getMetadata()
  const title = metadata?.get('dc:title') ?? (info as { Title?: unknown }).Title
  return typeof title === 'string' && title.trim() ? title.trim() : null
}

export function PdfView({ url, onLoaded, ...rest }: PdfViewProps) {
  const { t } = useTranslation()
  const state = usePdfDocument(url)
  const [firstSize, setFirstSize] = useState<{ width: number; height: number } | null>(null)
  const loaded = useRef(onLoaded)
  useEffect(() => {
    loaded.current = onLoaded
  })
  const pdf = state.kind === 'ready' ? state.pdf : null

  useEffect(() => {
    setFirstSize(null)
    if (!pdf) return
    let live = true
    void pdf.getPage(1).then((page) => {
      const { width, height } = page.getViewport({ scale: 1 })
      if (live) setFirstSize({ width, height })
    })
    void pdfTitle(pdf)
      .catch(() => null)
      .then((title) => live && loaded.current?.({ pages: pdf.numPages, title }))
    return () => {
      live = false
    }
  }, [pdf])

  if (state.kind === 'password')
    return <PdfPassword key={state.attempt} incorrect={state.incorrect} onSubmit={state.submit} />
  if (state.kind === 'error')
    return (
      <p className="pdf-message" role="alert">
        {state.reason === 'missing' ? t('pdf.missing') : t(`pdf.${state.reason}`, { message: state.message })}
      </p>
    )
  if (!pdf || !firstSize) return <p className="pdf-message">{t('pdf.loading')}</p>
  return <PdfReader key={url} pdf={pdf} firstSize={firstSize} {...rest} />
}
