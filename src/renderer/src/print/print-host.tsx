// Where the print dialog shows when it is asked for (print-request.ts: the menu's Print and Save as PDF, the
// data dialog's entry). The dialog, and the Markdown parser its footnotes need, load on the first request:
// the first screen does not carry them.

import { lazy, Suspense } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { usePrintRequest } from './print-request'

const OpenPrintDialog = lazy(() => import('./print-dialog').then((module) => ({ default: module.OpenPrintDialog })))

export interface PrintHostProps {
  /** The open document, when it is one of the documents shown (an article, a copy with its text). */
  entry: ArchiveDocumentEntry | undefined
}

/** Shows the print dialog when it is asked for, for the open document. */
export function PrintHost({ entry }: PrintHostProps) {
  const output = usePrintRequest()
  if (!output) return null
  return (
    <Suspense fallback={null}>
      <OpenPrintDialog entry={entry} output={output} />
    </Suspense>
  )
}
