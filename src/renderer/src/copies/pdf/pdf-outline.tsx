// The PDF's outline (its bookmarks) as a side list: each entry's destination resolved to a page; clicking goes there.

import { useEffect, useState } from 'react'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { useTranslation } from '../../i18n/i18n'
import { destinationPage } from './pdf-links'

export interface OutlineEntry {
  title: string
  page: number | null
  items: OutlineEntry[]
}

interface RawEntry {
  title: string
  dest: unknown
  items: RawEntry[]
}

async function resolve(pdf: PDFDocumentProxy, entries: RawEntry[], depth = 0): Promise<OutlineEntry[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      title: entry.title,
      page: entry.dest ? await destinationPage(pdf, entry.dest) : null,
      items: depth < 8 ? await resolve(pdf, entry.items ?? [], depth + 1) : []
    }))
  )
}

/** The outline of `pdf`, its pages resolved; empty when it has none. */
export function usePdfOutline(pdf: PDFDocumentProxy | null): OutlineEntry[] {
  const [outline, setOutline] = useState<OutlineEntry[]>([])
  useEffect(() => {
    if (!pdf) return
    let live = true
    pdf
      .getOutline()
      .then((raw) => resolve(pdf, (raw ?? []) as RawEntry[]))
      .then((entries) => live && setOutline(entries))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [pdf])
  return outline
}

function Entries({ entries, onGoTo }: { entries: OutlineEntry[]; onGoTo(page: number): void }) {
  return (
    <ul>
      {entries.map((entry, index) => (
        <li key={index}>
          <button type="button" disabled={entry.page === null} onClick={() => entry.page && onGoTo(entry.page)}>
            {entry.title}
          </button>
          {entry.items.length > 0 && <Entries entries={entry.items} onGoTo={onGoTo} />}
        </li>
      ))}
    </ul>
  )
}

export function PdfOutline({ entries, onGoTo }: { entries: OutlineEntry[]; onGoTo(page: number): void }) {
  const { t } = useTranslation()
  return (
    <nav className="pdf-outline" aria-label={t('pdf.outline')}>
      <Entries entries={entries} onGoTo={onGoTo} />
    </nav>
  )
}
