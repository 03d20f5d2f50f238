// Tests the BibTeX, RIS and CSL-JSON exports: each parses back with citation-js to the same reference,
// non-ASCII survives, long values are not split, and file names and MIME types fit the format.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Reference } from '../../../src/shared/archive/document'
import { parseBibliographicData } from '../../../src/shared/citations/citation-engine'
import { issuedYear, type CslItem } from '../../../src/shared/citations/csl-item'
import {
  EXPORT_FORMATS,
  exportReferences,
  suggestedFileName,
  type ExportFormatId
} from '../../../src/shared/citations/export-formats'
import { LINEAR_GROWTH, growthRatio, ratioToPlainPass, repeatTo } from '../../fixtures/time-ratio'
import { EMPTY_REFERENCE, SEED_REFERENCE } from './seed-reference'

const FORMATS: readonly ExportFormatId[] = ['bibtex', 'ris', 'csl-json']

const SECOND: Reference = {
  ...SEED_REFERENCE,
  id: 'ref-second',
  authors: [
    { family: 'Éluard', given: 'Çà', literal: 'Éluard, Çà' },
    { family: 'Zhou', given: 'Enlai', literal: 'Zhou, Enlai' }
  ],
  title: 'Une autre étude',
  container: 'Revue Êtres & Choses',
  year: 1999,
  volume: '2',
  issue: '4',
  pages: '7–9'
}

/** The fields a round trip must keep; page ranges compared up to the dash, which BibTeX and RIS write as "-". */
function essentials(item: CslItem | undefined) {
  return {
    authors: item?.author?.map(({ family, given }) => ({ family, given })),
    title: item?.title,
    journal: item?.['container-title'],
    year: item ? issuedYear(item) : null,
    volume: item?.volume,
    issue: item?.issue,
    pages: item?.page?.replace(/[-\u2013]+/, '–')
  }
}

const SEED_ESSENTIALS = {
  authors: [{ family: 'Peskov', given: 'Youri' }],
  title: "Soixante ans du traité d'amitié, d'alliance et d'assistance mutuelle entre l'URSS et la RPC, 14 février 1950",
  journal: "Affaires d'Extrême-Orient",
  year: 2010,
  volume: '38',
  issue: '1',
  pages: '100–115'
}

describe('exportReferences: round trip through citation-js', () => {
  for (const format of FORMATS) {
    it(`${format}: the seed parses back with the same authors, title, journal, year, volume, issue and pages`, () => {
      const items = parseBibliographicData(exportReferences([SEED_REFERENCE], format).content, format)
      expect(items).toHaveLength(1)
      expect(essentials(items[0])).toEqual(SEED_ESSENTIALS)
    })

    it(`${format}: several references with accents (É, Ç, à, Ê) and several authors all come back`, () => {
      const items = parseBibliographicData(exportReferences([SEED_REFERENCE, SECOND], format).content, format)
      const second = items.find((item) => item.title === 'Une autre étude')
      expect(items).toHaveLength(2)
      expect(essentials(second)).toEqual({
        authors: [
          { family: 'Éluard', given: 'Çà' },
          { family: 'Zhou', given: 'Enlai' }
        ],
        title: 'Une autre étude',
        journal: 'Revue Êtres & Choses',
        year: 1999,
        volume: '2',
        issue: '4',
        pages: '7–9'
      })
    })
  }

  it('csl-json keeps the en dash and every character exactly, and the language', () => {
    const [item] = parseBibliographicData(exportReferences([SEED_REFERENCE], 'csl-json').content, 'csl-json')
    expect(item?.page).toBe('100\u2013115')
    expect(item?.language).toBe('fr')
    expect(item?.id).toBe('ref-seed')
  })
})

describe('exportReferences: the text of each format', () => {
  it('bibtex writes an @article keyed by author, year and title word, with TeX escapes and "--" for the en dash', () => {
    const { content } = exportReferences([SEED_REFERENCE], 'bibtex')
    expect(content).toMatch(/^@article\{Peskov2010Soixante,\n/)
    expect(content).toContain('pages = {100--115}')
    expect(content).toContain("journal = {Affaires d'Extr{\\^ e}me-Orient}")
    expect(content).toContain("14 f{\\' e}vrier 1950")
    expect(content.endsWith('}\n')).toBe(true)
  })

  it('ris writes TY first and ER last, each tag on one CRLF line even when the title is long', () => {
    const { content } = exportReferences([SEED_REFERENCE], 'ris')
    const lines = content.split('\r\n')
    expect(lines[0]).toBe('TY  - JOUR')
    expect(lines.at(-2)).toBe('ER  - ')
    expect(lines.every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true)
    expect(lines).toContain(
      "TI  - Soixante ans du traité d'amitié, d'alliance et d'assistance mutuelle entre l'URSS et la RPC, 14 février 1950"
    )
    expect(lines).toContain("T2  - Affaires d'Extrême-Orient")
    expect(content).not.toMatch(/[^\r]\n/)
  })

  it('ris turns a line break inside a value into a space, since RIS cannot carry one', () => {
    const { content } = exportReferences([{ ...SEED_REFERENCE, title: 'Ligne un\nligne deux' }], 'ris')
    expect(content.split('\r\n')).toContain('TI  - Ligne un ligne deux')
  })

  it('csl-json writes an indented array of plain CSL items', () => {
    const { content } = exportReferences([SEED_REFERENCE], 'csl-json')
    const parsed: unknown = JSON.parse(content)
    expect(Array.isArray(parsed)).toBe(true)
    expect(content).toContain('\n    "container-title": "Affaires d\'Extrême-Orient",\n')
    expect(content).not.toContain('_graph')
  })

  it('writes valid empty files for no references', () => {
    expect(exportReferences([], 'bibtex').content).toBe('')
    expect(exportReferences([], 'ris').content).toBe('')
    expect(JSON.parse(exportReferences([], 'csl-json').content)).toEqual([])
  })

  it('never adds fields a reference does not have', () => {
    const [item] = parseBibliographicData(exportReferences([EMPTY_REFERENCE], 'csl-json').content, 'csl-json')
    expect(item).toEqual({ id: 'ref-empty', type: 'article-journal', language: 'fr' })
  })
})

describe('file names and MIME types', () => {
  it('names one reference after its first author and year, several after "references"', () => {
    expect(exportReferences([SEED_REFERENCE], 'bibtex').fileName).toBe('peskov-2010.bib')
    expect(suggestedFileName([SECOND], 'ris')).toBe('eluard-1999.ris')
    expect(suggestedFileName([SEED_REFERENCE, SECOND], 'csl-json')).toBe('references.json')
    expect(suggestedFileName([], 'bibtex')).toBe('references.bib')
  })

  it('falls back to the title, then to "reference", when there is no author or year', () => {
    expect(suggestedFileName([{ ...SEED_REFERENCE, authors: [] }], 'ris')).toBe('soixante-ans-du-traite-d-2010.ris')
    expect(suggestedFileName([EMPTY_REFERENCE], 'bibtex')).toBe('reference.bib')
  })

  it('gives each format its extension and MIME type', () => {
    expect(EXPORT_FORMATS.bibtex).toMatchObject({ extension: 'bib', mimeType: 'application/x-bibtex' })
    expect(EXPORT_FORMATS.ris).toMatchObject({ extension: 'ris', mimeType: 'application/x-research-info-systems' })
    expect(EXPORT_FORMATS['csl-json']).toMatchObject({
      extension: 'json',
      mimeType: 'application/vnd.citationstyles.csl+json'
    })
    for (const format of FORMATS) {
      expect(exportReferences([SEED_REFERENCE], format).mimeType).toBe(EXPORT_FORMATS[format].mimeType)
    }
  })
})

describe('parseBibliographicData', () => {
  it('reads a URL-like string as the given format instead of fetching it', () => {
    expect(parseBibliographicData('https://example.org/refs.bib', 'bibtex')).toEqual([])
    expect(parseBibliographicData('https://example.org/refs.ris', 'ris')).toEqual([])
  })
})

/** What RIS makes of a value, said plainly: every run of white space holding a line break becomes one space. */
function oneLine(value: string): string {
  let out = ''
  for (let i = 0; i < value.length;) {
    if (!/\s/.test(value[i]!)) {
      out += value[i++]
      continue
    }
    let end = i
    while (end < value.length && /\s/.test(value[end]!)) end++
    const run = value.slice(i, end)
    out += /[\r\n]/.test(run) ? ' ' : run
    i = end
  }
  return out
}

describe('the RIS export on adversarial values', () => {
  const risTitle = (title: string) => {
    const content = exportReferences([{ ...SEED_REFERENCE, title }], 'ris').content
    return /^TI {2}- (.*)$/m.exec(content)?.[1]?.replace(/\r$/, '')
  }
  const withTitle = (unit: string) => (size: number) => `Titre${repeatTo(unit, size)}fin`

  it('joins the lines of any value as a scan of its white space runs would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\t', '\n', '\r\n', '\u00a0', '\r', 'é'), { maxLength: 40 }),
        (parts) => {
          const title = `T${parts.join('')}x`
          expect(risTitle(title)).toBe(oneLine(title))
        }
      ),
      { numRuns: 200 }
    )
  })

  it('writes a value of long white space runs in time linear in its length', () => {
    // Spaces and tabs with no line break made the old pattern try every run from each of its characters.
    for (const unit of [' ', ' \t', '\u00a0 ', '  x', ' \n ']) {
      const make = withTitle(unit)
      const work = (text: string) => risTitle(text)
      expect(ratioToPlainPass(make(200_000), work)).toBeLessThan(100)
      expect(growthRatio(make, 25_000, work)).toBeLessThan(LINEAR_GROWTH)
    }
  }, 30_000)
})
