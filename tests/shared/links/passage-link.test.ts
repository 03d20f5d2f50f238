// The folio:// link to a passage: written readable (accents and CJK as letters), read back exactly (a property over
// any text, & = # % + quotes included), long passages cut to fit, and every malformed or hostile link refused with
// its reason, in time that grows linearly.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatPassageLink,
  isPassageLink,
  MAX_PASSAGE_LINK,
  parsePassageLink,
  type PassageLink
} from '../../../src/shared/links/passage-link'
import { folioLinkProblem } from '../../../src/shared/desktop/folio-link'
import { growthRatio, LINEAR_GROWTH } from '../../fixtures/time-ratio'

const ARCHIVE = '0123456789abcdef0123456789abcdef'

const seedPassage: PassageLink = {
  archiveId: ARCHIVE,
  documentId: 'fed214270135fa12',
  quote: {
    type: 'TextQuoteSelector',
    exact: 'chinois simplifié :中苏友好同盟互助条约',
    prefix: "l'alliance ( ",
    suffix: '; chinois traditionnel'
  },
  position: { start: 412, end: 441 },
  block: { id: 'p-1a2b3c4d', offset: 57 },
  annotationId: '6f1c2a9e-4b1d-4c55-9a63-0d2b8f3e7a10'
}

const parsed = (text: string): PassageLink => {
  const result = parsePassageLink(text)
  if (!result.ok) throw new Error(`refused: ${result.reason}`)
  return result.link
}

describe('writing a link to a passage', () => {
  it('is readable: the words and the Chinese stay as written, spaces are +, and it reads back the same', () => {
    const text = formatPassageLink(seedPassage)
    expect(text).toBe(
      `folio://open/${ARCHIVE}/fed214270135fa12?quote=chinois+simplifié+:中苏友好同盟互助条约` +
        "&prefix=l'alliance+%28+&suffix=;+chinois+traditionnel&start=412&end=441&block=p-1a2b3c4d&offset=57" +
        '&annotation=6f1c2a9e-4b1d-4c55-9a63-0d2b8f3e7a10'
    )
    expect(parsed(text)).toEqual(seedPassage)
  })

  it('writes a document of the user’s library under "library", and reads it back as no archive', () => {
    const text = formatPassageLink({ archiveId: null, documentId: 'c-0123456789abcdef', page: 4 })
    expect(text).toBe('folio://open/library/c-0123456789abcdef?page=4')
    expect(parsed(text)).toEqual({ archiveId: null, documentId: 'c-0123456789abcdef', page: 4 })
  })

  it('encodes what a URL, Markdown or HTML would read, and the invisible: no raw space, &, =, #, %, <, ( or U+00A0', () => {
    const text = formatPassageLink({
      ...seedPassage,
      quote: {
        type: 'TextQuoteSelector',
        exact: 'a & b = 100 % #1 <i>(x)</i> "q" 1\u00a0950\nsuite',
        prefix: '',
        suffix: ''
      }
    })
    const query = text.slice(text.indexOf('?') + 1)
    expect(query).not.toMatch(/[\s<>()"#\u00a0]/u)
    expect(query.split('&')[0]).toBe('quote=a+%26+b+%3D+100+%25+%231+%3Ci%3E%28x%29%3C/i%3E+%22q%22+1%C2%A0950%0Asuite')
    expect(parsed(text).quote?.exact).toBe('a & b = 100 % #1 <i>(x)</i> "q" 1\u00a0950\nsuite')
  })

  it('reads back any passage exactly, also once a URL parser re-encoded it: any script, & = # % + and newlines', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 })
    const quote = fc.record({
      type: fc.constant('TextQuoteSelector' as const),
      exact: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).filter((exact) => exact.length > 0),
      prefix: fc.constantFrom('', '& = # % +', 'Pékin ', '北京：'),
      suffix: text.map((value) => value.slice(0, 32))
    })
    const positive = fc.integer({ min: 0, max: 999_000_000 })
    fc.assert(
      fc.property(
        quote,
        fc.option(fc.tuple(positive, fc.integer({ min: 0, max: 10_000 })), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
        fc.constantFrom(ARCHIVE, null),
        (quoteSelector, span, page, archiveId) => {
          // Contexts the parser refuses (controls) are not in a document's text but the newline and the tab.
          fc.pre(!/[\p{Cc}]/u.test(quoteSelector.exact.replace(/[\n\t]/g, '') + quoteSelector.suffix))
          const link: PassageLink = {
            archiveId,
            documentId: 'u-0123456789abcdef',
            quote: {
              ...quoteSelector,
              exact: quoteSelector.exact.trim() === '' ? 'x' : quoteSelector.exact
            },
            ...(span ? { position: { start: span[0], end: span[0] + span[1] } } : {}),
            ...(page ? { page } : {})
          }
          const written = formatPassageLink(link)
          expect(written).not.toMatch(/\s/u)
          expect(parsed(written)).toEqual(link)
          // Handed over by the system (main checks its shape), or normalised by a URL parser that percent-encodes it.
          expect(folioLinkProblem(written)).toBeNull()
          expect(parsed(new URL(written).href)).toEqual(link)
        }
      ),
      { numRuns: 400 }
    )
  })

  it('cuts a long passage’s quote to its beginning to stay within 4096 characters, the suffix continuing it', () => {
    const exact = 'Le traité sino-soviétique 中苏友好 '.repeat(400)
    const text = formatPassageLink({
      ...seedPassage,
      quote: { type: 'TextQuoteSelector', exact, prefix: 'p'.repeat(500), suffix: 'fin' },
      position: { start: 10, end: 10 + exact.length }
    })
    expect(text.length).toBeLessThanOrEqual(MAX_PASSAGE_LINK)
    const link = parsed(text)
    expect(exact.startsWith(link.quote!.exact)).toBe(true)
    expect(link.quote!.exact.length).toBeGreaterThan(1000)
    expect(link.quote!.prefix).toBe('p'.repeat(32))
    expect(link.quote!.suffix).toBe(exact.slice(link.quote!.exact.length, link.quote!.exact.length + 32))
    expect(link.position).toEqual({ start: 10, end: 10 + exact.length })
  })

  it('leaves out what imported data holds that a link cannot carry, so that the link still opens by its quote', () => {
    const text = formatPassageLink({
      ...seedPassage,
      position: { start: Number.NaN, end: 3 },
      block: { id: 'bloc importé', offset: -1 },
      annotationId: 'urn:uuid:6f1c2a9e',
      page: 0
    })
    expect(parsed(text)).toEqual({ archiveId: ARCHIVE, documentId: 'fed214270135fa12', quote: seedPassage.quote })
    expect(() => formatPassageLink({ ...seedPassage, documentId: '../secret' })).toThrow(RangeError)
  })

  it('writes a lone surrogate (a selection that split a character) as U+FFFD rather than failing', () => {
    const text = formatPassageLink({ ...seedPassage, quote: { ...seedPassage.quote!, exact: 'a\ud83d' } })
    expect(parsed(text).quote?.exact).toBe('a\ufffd')
  })
})

describe('reading a link that is not a passage link', () => {
  const valid = formatPassageLink(seedPassage)
  const cases: Array<[string, string]> = [
    ['https://example.org/?quote=x', 'not-folio'],
    ['folio://delete/abc/def', 'not-folio'],
    ['javascript:alert(1)//folio://open/a/b', 'not-folio'],
    [`folio://open/${ARCHIVE}`, 'missing-parts'],
    [`folio://open/${ARCHIVE}/`, 'missing-parts'],
    [`folio://open//fed214270135fa12`, 'missing-parts'],
    [`folio://open/${ARCHIVE}/fed214270135fa12/extra`, 'bad-id'],
    [`folio://open/${ARCHIVE}/..%2F..%2Fetc%2Fpasswd`, 'bad-id'],
    [`folio://open/${ARCHIVE}/<script>alert(1)</script>`, 'bad-id'],
    [`folio://open/../fed214270135fa12`, 'bad-id'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?annotation=<img>`, 'bad-id'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a&start=-1&end=3`, 'bad-number'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a&start=1e3&end=2000`, 'bad-number'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a&start=9&end=3`, 'bad-number'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a&start=99999999999&end=99999999999`, 'bad-number'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?page=0`, 'bad-number'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?page=NaN`, 'bad-number'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a&start=3`, 'missing-parts'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?prefix=a`, 'missing-parts'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?offset=4`, 'missing-parts'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=%E4%B8`, 'bad-encoding'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=100%`, 'bad-encoding'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a&quote=b`, 'repeated-part'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a b`, 'control-character'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a\u202eb`, 'control-character'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a%00b`, 'control-character'],
    [`folio://open/${ARCHIVE}/fed214270135fa12?quote=a%1B%5B31m`, 'control-character'],
    [`${valid}&x=${'a'.repeat(MAX_PASSAGE_LINK)}`, 'too-long']
  ]
  it.each(cases)('refuses %s (%s)', (text, reason) => {
    expect(parsePassageLink(text)).toEqual({ ok: false, reason })
  })

  it('refuses a 10 MB paste at once, without reading it', () => {
    const huge = `${valid}&quote2=${'x'.repeat(10_000_000)}`
    const start = performance.now()
    expect(parsePassageLink(huge)).toEqual({ ok: false, reason: 'too-long' })
    expect(performance.now() - start).toBeLessThan(50)
  })

  it('takes a pasted link with its surrounding spaces and newline, an upper-case scheme, and ignores a fragment', () => {
    expect(parsed(`  ${valid}\n`)).toEqual(seedPassage)
    expect(parsed(`FOLIO://OPEN/${valid.slice('folio://open/'.length)}#top`)).toEqual(seedPassage)
  })

  it('leaves a part it does not know for a later Folio, and reads the rest', () => {
    expect(parsed(`${valid}&colour=yellow`)).toEqual(seedPassage)
  })

  it('tells a pasted passage link from other search text', () => {
    expect(isPassageLink(` ${valid}`)).toBe(true)
    expect(isPassageLink('Folio://open/x')).toBe(true)
    expect(isPassageLink('folio')).toBe(false)
    expect(isPassageLink('traité folio://open/')).toBe(false)
  })

  it('reads in linear time, even a link made of the worst characters', () => {
    // Within the 4096 characters a link may have: sixteen times 240, each size parsed 500 times to be measurable.
    const make = (size: number) => `folio://open/${ARCHIVE}/d?quote=${'%E4%B8%AD+\u00e9'.repeat(size).slice(0, size)}`
    const ratio = growthRatio(make, 240, (text) => {
      for (let i = 0; i < 500; i++) parsePassageLink(text)
    })
    expect(ratio).toBeLessThan(LINEAR_GROWTH)
  })
})
