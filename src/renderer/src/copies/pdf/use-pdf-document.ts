// Opens a PDF with pdf.js under the page's policy (no eval, no scripting): the document once loaded, or what went
// wrong as a state the view can say (unreadable, missing, another failure), or a password to ask for (again if wrong).

import { useEffect, useState } from 'react'
import { getDocument, PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist'
import { pdfAssets } from './pdf-assets'

export type PdfDocumentState =
  | { kind: 'loading' }
  | { kind: 'ready'; pdf: PDFDocumentProxy }
  | { kind: 'password'; incorrect: boolean; attempt: number; submit(password: string): void }
  | { kind: 'error'; reason: 'invalid' | 'missing' | 'failed'; message: string }

/** What a failed load means to the user; pdf.js names its errors (they cross the worker by name). */
function failure(error: unknown): PdfDocumentState {
  const name = error instanceof Error ? error.name : ''
  const message = error instanceof Error ? error.message : String(error)
  if (name === 'InvalidPDFException') return { kind: 'error', reason: 'invalid', message }
  const missing = name === 'ResponseException' && (error as { missing?: unknown }).missing === true
  if (missing || name === 'MissingPDFException') return { kind: 'error', reason: 'missing', message }
  return { kind: 'error', reason: 'failed', message }
}

/** The PDF at `url`, loaded once per URL and destroyed when the URL changes or the view goes. */
export function usePdfDocument(url: string): PdfDocumentState {
  const [state, setState] = useState<PdfDocumentState>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    setState({ kind: 'loading' })
    // pdf.js 6 has no `isEvalSupported` or `enableScripting` options any more: it never evaluates code (the page's
    // script-src 'self' holds), and scripting is only its full viewer's, which Folio does not use.
    const task = getDocument({ url, ...pdfAssets() })
    let attempt = 0
    task.onPassword = (update: (password: string) => void, reason: number) => {
      if (!live) return
      const incorrect = reason === PasswordResponses.INCORRECT_PASSWORD
      const submit = (password: string) => {
        setState({ kind: 'loading' })
        update(password)
      }
      setState({ kind: 'password', incorrect, attempt: ++attempt, submit })
    }
    task.promise.then(
      (pdf) => live && setState({ kind: 'ready', pdf }),
      (error: unknown) => live && setState(failure(error))
    )
    return () => {
      live = false
      void task.destroy()
    }
  }, [url])
  return state
}
