// The test PDFs that need this machine's fonts and qpdf, read back by pdf.js: CJK and right-to-left text come out in
// reading order, and an encrypted PDF opens only with its password. Skipped, saying why, where a tool is missing.

import { describe, expect, it } from 'vitest'
import { readPdfPages } from '../../fixtures/pdf-node-read'
import { cjkPdf, CJK_LINES, encryptedPdf, rtlPdf, RTL_LINES, TEST_PDF_TITLE } from '../../fixtures/pdf-files'
import { pageLines } from '../../fixtures/pdf-prose'

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1')

const cjk = await cjkPdf()
const rtl = await rtlPdf()
const encrypted = await encryptedPdf('sésame')

describe('machine-made test PDFs', () => {
  it.skipIf(!cjk)('CJK text reads back as written (skipped without a CJK font on this machine)', async () => {
    const bytes = cjk ?? new Uint8Array()
    expect(latin1(bytes)).toContain('/FontFile3')
    expect(bytes.length, 'the font is embedded as a subset, not the whole collection').toBeLessThan(200_000)
    const [page] = await readPdfPages(bytes)
    for (const line of CJK_LINES) expect(page).toContain(line)
  })

  it.skipIf(!rtl)(
    'Hebrew and Arabic read back in reading order (skipped without DejaVu Sans on this machine)',
    async () => {
      const [page] = await readPdfPages(rtl ?? new Uint8Array())
      for (const line of RTL_LINES) expect(page).toContain(line)
    }
  )

  it.skipIf(!encrypted)(
    'an encrypted PDF opens with its password only (skipped without qpdf on this machine)',
    async () => {
      const bytes = encrypted ?? new Uint8Array()
      expect(latin1(bytes)).toMatch(/\/Encrypt \d+ 0 R/)
      expect(latin1(bytes)).not.toContain(TEST_PDF_TITLE)
      await expect(readPdfPages(bytes)).rejects.toMatchObject({ name: 'PasswordException', code: 1 })
      await expect(readPdfPages(bytes, 'faux')).rejects.toMatchObject({ name: 'PasswordException', code: 2 })
      const pages = await readPdfPages(bytes, 'sésame')
      expect(pages).toHaveLength(3)
      expect(pages[1]).toContain(pageLines(2, 24)[3])
    }
  )
})
