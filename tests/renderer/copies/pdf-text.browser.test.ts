// The test PDFs read by pdf.js in real Chromium, as the copy reader reads them: page counts, each page's text
// (pageText), the outline, links and scripts left inert, and the exceptions a broken file raises.

import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { afterEach, describe, expect, it } from 'vitest'
import { pageText } from '../../../src/shared/copies/pdf-page-text'
import {
  corruptPdf,
  FIELD_NAME,
  LINK_URL,
  linkedPdf,
  notAPdf,
  OUTLINE,
  outlinedPdf,
  TEST_PDF_AUTHOR,
  TEST_PDF_TITLE,
  textPdf,
  truncatedPdf
} from '../../fixtures/pdf-text-files'
import { pageLines } from '../../fixtures/pdf-prose'

GlobalWorkerOptions.workerSrc = workerUrl

const opened: PDFDocumentProxy[] = []
afterEach(async () => Promise.all(opened.splice(0).map((doc) => doc.loadingTask.destroy())))

/** Opens as the reader does. (pdf.js 6 has no isEvalSupported: it never evaluates; scripts run only in a viewer's sandbox.) */
async function open(data: Uint8Array): Promise<PDFDocumentProxy> {
  const doc = await getDocument({ data }).promise
  opened.push(doc)
  return doc
}

async function textOf(doc: PDFDocumentProxy, n: number): Promise<string> {
  return pageText((await (await doc.getPage(n)).getTextContent()).items)
}

describe('test PDFs in pdf.js', () => {
  it('has the pages asked for, each headed "Page n", with its metadata', async () => {
    const doc = await open(await textPdf({ pages: 3 }))
    expect(doc.numPages).toBe(3)
    expect((await textOf(doc, 3)).startsWith('Page 3\n')).toBe(true)
    const { info } = (await doc.getMetadata()) as { info: { Title?: string; Author?: string } }
    expect(info).toMatchObject({ Title: TEST_PDF_TITLE, Author: TEST_PDF_AUTHOR })
  })

  it("reads page 2's lines as drawn, one '\\n' after each, and none of page 1's", async () => {
    const doc = await open(await textPdf({ pages: 3, linesPerPage: 10 }))
    const lines = pageLines(2, 10)
    const text = await textOf(doc, 2)
    expect(text).toBe(`Page 2\n${lines.join('\n')}`)
    expect(text).toContain('p2s1.')
    expect(text).not.toContain(pageLines(1, 10)[0])
  })

  it('makes the same bytes on every run', async () => {
    expect(await textPdf({ pages: 2 })).toEqual(await textPdf({ pages: 2 }))
  })

  it('has an outline of its three entries, each going to its page', async () => {
    const doc = await open(await outlinedPdf())
    const outline = (await doc.getOutline()) ?? []
    expect(outline.map((item) => item.title)).toEqual(OUTLINE.map((entry) => entry.title))
    const pages = await Promise.all(
      outline.map(async (item) => {
        const dest = Array.isArray(item.dest) ? item.dest : await doc.getDestination(String(item.dest))
        const ref = dest?.[0] as { num: number; gen: number }
        return (await doc.getPageIndex(ref)) + 1
      })
    )
    expect(pages).toEqual(OUTLINE.map((entry) => entry.page))
  })

  it('has a link to its https address, an open action script and a form field', async () => {
    const doc = await open(await linkedPdf())
    const annotations = await (await doc.getPage(1)).getAnnotations()
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subtype: 'Link', url: LINK_URL }),
        expect.objectContaining({ subtype: 'Widget', fieldName: FIELD_NAME })
      ])
    )
    expect((await doc.getJSActions())?.get('OpenAction')).toEqual(['app.alert(1)'])
  })

  it('refuses a truncated PDF, a corrupt one and a text file with the exceptions pdf.js names', async () => {
    await expect(open(await truncatedPdf())).rejects.toMatchObject({ name: 'InvalidPDFException' })
    await expect(open(corruptPdf())).rejects.toMatchObject({ name: 'InvalidPDFException' })
    await expect(open(notAPdf())).rejects.toMatchObject({ name: 'InvalidPDFException' })
  })
})
