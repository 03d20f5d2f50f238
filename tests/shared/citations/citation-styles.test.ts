// Tests the formatted bibliography entries: the exact seed citation in Chicago author-date, APA and MLA,
// in French (the default) and US English, plus HTML escaping, ordering and unknown fields.

import { beforeAll, describe, expect, it } from 'vitest'
import {
  CITATION_STYLES,
  DEFAULT_CITATION_LOCALE,
  DEFAULT_CITATION_STYLE,
  citationLocaleFor,
  formatBibliography,
  formatReference,
  prepareCitationStyle
} from '../../../src/shared/citations/citation-styles'
import { EMPTY_REFERENCE, SEED_REFERENCE } from './seed-reference'

const NBSP = '\u00a0'
/** U+2011 NON-BREAKING HYPHEN: the fr-FR CSL locale's page-range delimiter. */
const NB_HYPHEN = '\u2011'
const EN_DASH = '\u2013'
/** The seed title as citeproc prints it: straight apostrophes become U+2019. */
const TITLE =
  'Soixante ans du traité d’amitié, d’alliance et d’assistance mutuelle entre l’URSS et la RPC, 14 février 1950'
const JOURNAL = 'Affaires d’Extrême-Orient'

const EXPECTED = {
  'fr-FR': {
    'chicago-author-date': `Peskov, Youri. 2010. «${NBSP}${TITLE}${NBSP}». ${JOURNAL} 38 (1): 100${NB_HYPHEN}115.`,
    apa: `Peskov, Y. (2010). ${TITLE}. ${JOURNAL}, 38(1), 100${NB_HYPHEN}115.`,
    mla: `Peskov, Youri. «${NBSP}${TITLE}${NBSP}». ${JOURNAL}, vol. 38, n\u1d52 1, 2010, p. 100${NB_HYPHEN}15.`
  },
  'en-US': {
    'chicago-author-date': `Peskov, Youri. 2010. “${TITLE}.” ${JOURNAL} 38 (1): 100${EN_DASH}115.`,
    apa: `Peskov, Y. (2010). ${TITLE}. ${JOURNAL}, 38(1), 100${EN_DASH}115.`,
    mla: `Peskov, Youri. “${TITLE}.” ${JOURNAL}, vol. 38, no. 1, 2010, pp. 100${EN_DASH}15.`
  }
} as const

// citeproc builds each style's engine once; Chicago's first build takes seconds.
beforeAll(() => {
  for (const { id } of CITATION_STYLES) {
    prepareCitationStyle(id, 'fr-FR')
    prepareCitationStyle(id, 'en-US')
  }
}, 120_000)

describe('formatReference: the seed in each style', () => {
  for (const locale of ['fr-FR', 'en-US'] as const) {
    for (const style of ['chicago-author-date', 'apa', 'mla'] as const) {
      it(`prints the exact ${style} entry in ${locale}`, () => {
        expect(formatReference(SEED_REFERENCE, { style, locale })).toBe(EXPECTED[locale][style])
      })
    }
  }

  it('uses Chicago author-date in French when no style or locale is given', () => {
    expect(DEFAULT_CITATION_STYLE).toBe('chicago-author-date')
    expect(DEFAULT_CITATION_LOCALE).toBe('fr-FR')
    expect(formatReference(SEED_REFERENCE)).toBe(EXPECTED['fr-FR']['chicago-author-date'])
  })

  it('prints the page range with an en dash in English and a non-breaking hyphen in French', () => {
    expect(formatReference(SEED_REFERENCE, { locale: 'en-US' })).toContain(`100${EN_DASH}115`)
    expect(formatReference(SEED_REFERENCE, { locale: 'fr-FR' })).toContain(`100${NB_HYPHEN}115`)
  })

  it('does not title-case the French title in English output', () => {
    expect(formatReference(SEED_REFERENCE, { locale: 'en-US' })).toContain('Soixante ans du traité')
  })

  it('leaves the reference it formats unchanged', () => {
    const copy = structuredClone(SEED_REFERENCE)
    formatReference(SEED_REFERENCE, { style: 'mla' })
    expect(SEED_REFERENCE).toEqual(copy)
  })
})

describe('formatBibliography', () => {
  it('wraps the journal in <i> in HTML and tags the entry with its reference id', () => {
    const [entry] = formatBibliography([SEED_REFERENCE], { markup: 'html', locale: 'en-US' })
    expect(entry?.referenceId).toBe('ref-seed')
    expect(entry?.text).toBe(
      `<div data-csl-entry-id="ref-seed" class="csl-entry">Peskov, Youri. 2010. “${TITLE}.” <i>${JOURNAL}</i> 38 (1): 100${EN_DASH}115.</div>`
    )
  })

  it('escapes markup found in a title in HTML output', () => {
    const hostile = { ...SEED_REFERENCE, title: '<img src=x onerror=alert(1)> & <script>x</script>' }
    const [entry] = formatBibliography([hostile], { markup: 'html' })
    expect(entry?.text).not.toMatch(/<img|<script/)
    expect(entry?.text).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#60;script&#62;')
  })

  it('orders entries by author as the style does, each with its own reference id', () => {
    const earlier = {
      ...SEED_REFERENCE,
      id: 'ref-abel',
      authors: [{ family: 'Abel', given: 'Anne', literal: 'Abel, Anne' }]
    }
    const entries = formatBibliography([SEED_REFERENCE, earlier], { locale: 'en-US' })
    expect(entries.map((entry) => entry.referenceId)).toEqual(['ref-abel', 'ref-seed'])
    expect(entries[0]?.text).toMatch(/^Abel, Anne\. 2010\./)
  })

  it('prints only the style’s "no date" for a reference that knows nothing, and MLA prints nothing', () => {
    expect(formatReference(EMPTY_REFERENCE, { style: 'chicago-author-date', locale: 'fr-FR' })).toBe(`S.${NBSP}d.`)
    expect(formatReference(EMPTY_REFERENCE, { style: 'apa', locale: 'en-US' })).toBe('(N.d.).')
    expect(formatReference(EMPTY_REFERENCE, { style: 'mla' })).toBeNull()
  })

  it('returns no entries for no references', () => {
    expect(formatBibliography([])).toEqual([])
  })
})

describe('citationLocaleFor', () => {
  it('maps any French tag to fr-FR and everything else to en-US', () => {
    expect(citationLocaleFor('fr')).toBe('fr-FR')
    expect(citationLocaleFor('fr-CA')).toBe('fr-FR')
    expect(citationLocaleFor('FR_be')).toBe('fr-FR')
    expect(citationLocaleFor('en')).toBe('en-US')
    expect(citationLocaleFor('fry')).toBe('en-US')
  })
})
