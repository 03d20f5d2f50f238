// Reference lists written for these tests in four styles (Chicago, APA, MLA, French ISO 690 and French
// Chicago), each entry with every field the parser must read; what the entry does not say must stay null.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Reference } from '../../../src/shared/archive/document'
import { parseReference } from '../../../src/shared/archive/parse-reference'
import { formatReference } from '../../../src/shared/citations/citation-styles'
import { referenceToCsl } from '../../../src/shared/citations/reference-to-csl'
import { LINEAR_GROWTH, growthRatio, repeatTo } from '../../fixtures/time-ratio'

type Fields = Omit<Reference, 'id' | 'blockId' | 'sourceText' | 'authors' | 'editors'>
/** Names as [family, given]. */
type Names = [string, string | null][]
interface Entry {
  text: string
  authors?: Names
  editors?: Names
  fields: Partial<Fields>
}

const NONE: Fields = { title: null, container: null, year: null, volume: null, issue: null, pages: null }

const CHICAGO: Entry[] = [
  {
    text: 'Fairbank, John King. The United States and China. Cambridge: Harvard University Press, 1983.',
    authors: [['Fairbank', 'John King']],
    fields: {
      kind: 'book',
      title: 'The United States and China',
      place: 'Cambridge',
      publisher: 'Harvard University Press',
      year: 1983
    }
  },
  {
    text: 'Westad, Odd Arne, ed. Brothers in Arms. Stanford: Stanford University Press, 1998.',
    editors: [['Westad', 'Odd Arne']],
    fields: {
      kind: 'book',
      title: 'Brothers in Arms',
      place: 'Stanford',
      publisher: 'Stanford University Press',
      year: 1998
    }
  },
  {
    text: 'Westad, Odd Arne. "The Sino-Soviet Alliance and the United States." In Brothers in Arms, edited by Odd Arne Westad and Chen Jian, 165–188. Stanford: Stanford University Press, 1998.',
    authors: [['Westad', 'Odd Arne']],
    editors: [
      ['Westad', 'Odd Arne'],
      ['Jian', 'Chen']
    ],
    fields: {
      kind: 'chapter',
      title: 'The Sino-Soviet Alliance and the United States',
      container: 'Brothers in Arms',
      pages: '165–188',
      place: 'Stanford',
      publisher: 'Stanford University Press',
      year: 1998
    }
  },
  {
    text: 'Li, Danhui. "Mao and the Sino-Soviet Split." PhD diss., Harvard University, 2004.',
    authors: [['Li', 'Danhui']],
    fields: {
      kind: 'thesis',
      title: 'Mao and the Sino-Soviet Split',
      genre: 'PhD diss.',
      publisher: 'Harvard University',
      year: 2004
    }
  },
  {
    text: 'Smith, John. Soviet Aid to China. Report no. 12. Washington, DC: RAND Corporation, 2005.',
    authors: [['Smith', 'John']],
    fields: {
      kind: 'report',
      title: 'Soviet Aid to China',
      genre: 'Report',
      number: '12',
      place: 'Washington, DC',
      publisher: 'RAND Corporation',
      year: 2005
    }
  },
  {
    text: "Chen, Jian. Mao's China and the Cold War. Working Paper 17. Washington, DC: Wilson Center, 2001.",
    authors: [['Chen', 'Jian']],
    fields: {
      kind: 'report',
      title: "Mao's China and the Cold War",
      genre: 'Working Paper',
      number: '17',
      place: 'Washington, DC',
      publisher: 'Wilson Center',
      year: 2001
    }
  },
  {
    text: 'Dupont, Marie. "The 1950 Treaty." History Today. Last modified March 3, 2020. https://example.org/treaty.',
    authors: [['Dupont', 'Marie']],
    fields: {
      kind: 'webpage',
      title: 'The 1950 Treaty',
      container: 'History Today',
      year: 2020,
      url: 'https://example.org/treaty'
    }
  },
  {
    text: 'Fairbank, John King, and Merle Goldman. China: A New History. Cambridge, MA: Belknap Press, 2006.',
    authors: [
      ['Fairbank', 'John King'],
      ['Goldman', 'Merle']
    ],
    fields: {
      kind: 'book',
      title: 'China: A New History',
      place: 'Cambridge, MA',
      publisher: 'Belknap Press',
      year: 2006
    }
  },
  {
    text: 'Peskov, Youri. "Le traité." Affaires d\'Extrême-Orient 38, no. 1 (2010): 100–115.',
    authors: [['Peskov', 'Youri']],
    fields: {
      title: 'Le traité',
      container: "Affaires d'Extrême-Orient",
      volume: '38',
      issue: '1',
      year: 2010,
      pages: '100–115'
    }
  }
]

const APA: Entry[] = [
  {
    text: 'Fairbank, J. K., & Goldman, M. (2006). China: A new history. Harvard University Press.',
    authors: [
      ['Fairbank', 'J. K.'],
      ['Goldman', 'M.']
    ],
    fields: { kind: 'book', title: 'China: A new history', publisher: 'Harvard University Press', year: 2006 }
  },
  {
    text: 'Westad, O. A. (1998). The Sino-Soviet alliance. In O. A. Westad (Ed.), Brothers in arms (pp. 165–188). Stanford University Press.',
    authors: [['Westad', 'O. A.']],
    editors: [['Westad', 'O. A.']],
    fields: {
      kind: 'chapter',
      title: 'The Sino-Soviet alliance',
      container: 'Brothers in arms',
      pages: '165–188',
      publisher: 'Stanford University Press',
      year: 1998
    }
  },
  {
    text: 'Li, D. (2004). Mao and the split [Doctoral dissertation, Harvard University].',
    authors: [['Li', 'D.']],
    fields: {
      kind: 'thesis',
      title: 'Mao and the split',
      genre: 'Doctoral dissertation',
      publisher: 'Harvard University',
      year: 2004
    }
  },
  {
    text: 'World Bank. (2019). China economic update (Report No. 123). World Bank Group.',
    authors: [['World Bank', null]],
    fields: {
      kind: 'report',
      title: 'China economic update',
      genre: 'Report',
      number: '123',
      publisher: 'World Bank Group',
      year: 2019
    }
  },
  {
    text: 'Dupont, M. (2020, March 3). The 1950 treaty. History Today. https://example.org/treaty',
    authors: [['Dupont', 'M.']],
    fields: {
      kind: 'webpage',
      title: 'The 1950 treaty',
      container: 'History Today',
      year: 2020,
      url: 'https://example.org/treaty'
    }
  },
  {
    text: "Peskov, Y. (2010). Le traité. Affaires d'Extrême-Orient, 38(1), 100–115.",
    authors: [['Peskov', 'Y.']],
    fields: {
      title: 'Le traité',
      container: "Affaires d'Extrême-Orient",
      volume: '38',
      issue: '1',
      year: 2010,
      pages: '100–115'
    }
  },
  {
    text: 'Durand, J. (n.d.). La Chine et l’URSS. PUF.',
    authors: [['Durand', 'J.']],
    fields: { kind: 'book', title: 'La Chine et l’URSS', publisher: 'PUF' }
  }
]

const MLA: Entry[] = [
  {
    text: 'Fairbank, John King. The United States and China. Harvard UP, 1983.',
    authors: [['Fairbank', 'John King']],
    fields: { kind: 'book', title: 'The United States and China', publisher: 'Harvard UP', year: 1983 }
  },
  {
    text: 'Westad, Odd Arne. "The Sino-Soviet Alliance." Brothers in Arms, edited by Odd Arne Westad, Stanford UP, 1998, pp. 165–88.',
    authors: [['Westad', 'Odd Arne']],
    editors: [['Westad', 'Odd Arne']],
    fields: {
      kind: 'chapter',
      title: 'The Sino-Soviet Alliance',
      container: 'Brothers in Arms',
      publisher: 'Stanford UP',
      year: 1998,
      pages: '165–88'
    }
  },
  {
    text: 'Dupont, Marie. "The 1950 Treaty." History Today, 3 Mar. 2020, www.example.org/treaty.',
    authors: [['Dupont', 'Marie']],
    fields: {
      kind: 'webpage',
      title: 'The 1950 Treaty',
      container: 'History Today',
      year: 2020,
      url: 'www.example.org/treaty'
    }
  },
  {
    text: 'Peskov, Youri. "Le traité." Affaires d\'Extrême-Orient, vol. 38, no. 1, 2010, pp. 100–15.',
    authors: [['Peskov', 'Youri']],
    fields: {
      title: 'Le traité',
      container: "Affaires d'Extrême-Orient",
      volume: '38',
      issue: '1',
      year: 2010,
      pages: '100–15'
    }
  }
]

const FRENCH: Entry[] = [
  {
    text: 'DUPONT, Marie. Histoire de la Chine. Paris : Gallimard, 2005. 350 p.',
    authors: [['DUPONT', 'Marie']],
    fields: { kind: 'book', title: 'Histoire de la Chine', place: 'Paris', publisher: 'Gallimard', year: 2005 }
  },
  {
    text: "Durand, Jean, dir. La Chine et l'URSS. Paris : PUF, 2010.",
    editors: [['Durand', 'Jean']],
    fields: { kind: 'book', title: "La Chine et l'URSS", place: 'Paris', publisher: 'PUF', year: 2010 }
  },
  {
    text: "MARTIN, Paul. « Le traité de 1950 ». In : DURAND, Jean (dir.). La Chine et l'URSS. Paris : PUF, 2010, p. 45-67.",
    authors: [['MARTIN', 'Paul']],
    editors: [['DURAND', 'Jean']],
    fields: {
      kind: 'chapter',
      title: 'Le traité de 1950',
      container: "La Chine et l'URSS",
      place: 'Paris',
      publisher: 'PUF',
      year: 2010,
      pages: '45-67'
    }
  },
  {
    text: "Martin, Paul. « Le traité de 1950 ». Dans La Chine et l'URSS, dir. Jean Durand, Paris, PUF, 2010, p. 45-67.",
    authors: [['Martin', 'Paul']],
    editors: [['Durand', 'Jean']],
    fields: {
      kind: 'chapter',
      title: 'Le traité de 1950',
      container: "La Chine et l'URSS",
      publisher: 'PUF',
      year: 2010,
      pages: '45-67'
    }
  },
  {
    text: "Martin, Paul. « Le traité ». In La Chine et l'URSS, éd. Jean Durand et Charles de Gaulle, 45-67. Paris : PUF, 2010.",
    authors: [['Martin', 'Paul']],
    editors: [
      ['Durand', 'Jean'],
      ['de Gaulle', 'Charles']
    ],
    fields: {
      kind: 'chapter',
      title: 'Le traité',
      container: "La Chine et l'URSS",
      place: 'Paris',
      publisher: 'PUF',
      year: 2010,
      pages: '45-67'
    }
  },
  {
    text: "LEROY, Anne. La politique chinoise de l'URSS. Thèse de doctorat : Histoire : Université Paris 1 : 2008.",
    authors: [['LEROY', 'Anne']],
    fields: {
      kind: 'thesis',
      title: "La politique chinoise de l'URSS",
      genre: 'Thèse de doctorat',
      publisher: 'Université Paris 1',
      year: 2008
    }
  },
  {
    text: 'Leroy, Anne. « La politique chinoise ». Thèse de doctorat, Université Paris 1 Panthéon-Sorbonne, 2008.',
    authors: [['Leroy', 'Anne']],
    fields: {
      kind: 'thesis',
      title: 'La politique chinoise',
      genre: 'Thèse de doctorat',
      publisher: 'Université Paris 1 Panthéon-Sorbonne',
      year: 2008
    }
  },
  {
    text: 'COUR DES COMPTES. La coopération avec la Chine. Rapport n° 45. Paris : La Documentation française, 2012.',
    authors: [['COUR DES COMPTES', null]],
    fields: {
      kind: 'report',
      title: 'La coopération avec la Chine',
      genre: 'Rapport',
      number: '45',
      place: 'Paris',
      publisher: 'La Documentation française',
      year: 2012
    }
  },
  {
    text: 'UNESCO. « Le patrimoine chinois » [en ligne]. 2015. Disponible sur : https://example.org/patrimoine (consulté le 3 mars 2020).',
    authors: [['UNESCO', null]],
    fields: { kind: 'webpage', title: 'Le patrimoine chinois', year: 2015, url: 'https://example.org/patrimoine' }
  },
  {
    text: 'Dupont, Marie. « Le traité de 1950 ». Histoire et mémoire. Consulté le 3 mars 2020. https://example.org/traite-1950.',
    authors: [['Dupont', 'Marie']],
    // The only date is the reader's: the page's year is not known.
    fields: {
      kind: 'webpage',
      title: 'Le traité de 1950',
      container: 'Histoire et mémoire',
      url: 'https://example.org/traite-1950'
    }
  },
  {
    text: "PESKOV, Youri. « Le traité ». Affaires d'Extrême-Orient, 2010, vol. 38, n° 1, p. 100-115.",
    authors: [['PESKOV', 'Youri']],
    fields: {
      title: 'Le traité',
      container: "Affaires d'Extrême-Orient",
      year: 2010,
      volume: '38',
      issue: '1',
      pages: '100-115'
    }
  }
]

/** The fields of a parsed reference, names as [family, given]. */
function read(text: string) {
  const { authors, editors, sourceText, ...fields } = parseReference(text)
  const names = (people: typeof authors) =>
    people.map((person): [string, string | null] => [person.family, person.given])
  return { authors: names(authors), editors: editors && names(editors), sourceText, fields }
}

describe.each([
  ['Chicago', CHICAGO],
  ['APA', APA],
  ['MLA', MLA],
  ['French (ISO 690 and Chicago)', FRENCH]
])('a reference list in %s', (_style, entries) => {
  it.each(entries.map((entry) => [entry.text, entry] as const))('reads %s', (text, entry) => {
    const parsed = read(text)
    expect(parsed.fields).toEqual({ ...NONE, ...entry.fields })
    expect(parsed.authors).toEqual(entry.authors ?? [])
    expect(parsed.editors).toEqual(entry.editors)
    expect(parsed.sourceText).toBe(text)
  })
})

describe('what a reference does not say', () => {
  it('covers every kind in both languages', () => {
    const kinds = (entries: Entry[]) => new Set(entries.map((entry) => entry.fields.kind ?? 'article-journal'))
    const all = ['book', 'chapter', 'thesis', 'report', 'webpage', 'article-journal']
    expect([...kinds([...CHICAGO, ...APA, ...MLA])].sort()).toEqual([...all].sort())
    expect([...kinds(FRENCH)].sort()).toEqual([...all].sort())
    expect(CHICAGO.length + APA.length + MLA.length + FRENCH.length).toBeGreaterThanOrEqual(25)
  })

  it('leaves the year, the place or the university null when the entry has none', () => {
    expect(read('Dupont, Marie. Histoire de la Chine. Paris : Gallimard.').fields).toEqual({
      ...NONE,
      kind: 'book',
      title: 'Histoire de la Chine',
      place: 'Paris',
      publisher: 'Gallimard'
    })
    expect(read('Li, Danhui. « Mao ». Thèse de doctorat, 2004.').fields).toEqual({
      ...NONE,
      kind: 'thesis',
      title: 'Mao',
      genre: 'Thèse de doctorat',
      year: 2004
    })
  })

  it('guesses no kind, name or title for a text that follows no form, and keeps the text verbatim', () => {
    for (const text of ['Something unreadable', 'Dupont, Marie. Un titre sans rien après.', '  ', '« Titre sans fin']) {
      const parsed = parseReference(text)
      expect(parsed).toEqual({ ...NONE, authors: [], sourceText: text })
    }
  })

  it('does not take a DOI for a web page', () => {
    const parsed = parseReference(
      "Peskov, Y. (2010). Le traité. Affaires d'Extrême-Orient, 38(1), 100–115. https://doi.org/10.1000/182"
    )
    expect(parsed.kind).toBeUndefined()
    expect(parsed.url).toBeUndefined()
    expect(parsed.volume).toBe('38')
  })
})

describe('citations of the new kinds', () => {
  const cite = (text: string) => ({ id: 'ref', blockId: 'block', ...parseReference(text) })

  it('gives each kind its CSL type, with its publisher, place, editors, genre, number and address', () => {
    expect(referenceToCsl(cite(CHICAGO[0]!.text))).toMatchObject({
      type: 'book',
      publisher: 'Harvard University Press',
      'publisher-place': 'Cambridge',
      issued: { 'date-parts': [[1983]] }
    })
    expect(referenceToCsl(cite(FRENCH[2]!.text))).toMatchObject({
      type: 'chapter',
      'container-title': "La Chine et l'URSS",
      editor: [{ family: 'DURAND', given: 'Jean' }],
      page: '45-67'
    })
    expect(referenceToCsl(cite(CHICAGO[3]!.text))).toMatchObject({
      type: 'thesis',
      genre: 'PhD diss.',
      publisher: 'Harvard University'
    })
    expect(referenceToCsl(cite(CHICAGO[4]!.text))).toMatchObject({ type: 'report', number: '12' })
    expect(referenceToCsl(cite(APA[4]!.text))).toMatchObject({ type: 'webpage', URL: 'https://example.org/treaty' })
  })

  it('writes a book and a chapter each style’s way', () => {
    expect(formatReference(cite(APA[0]!.text), { style: 'apa', locale: 'en-US' })).toBe(
      'Fairbank, J. K., & Goldman, M. (2006). China: A new history. Harvard University Press.'
    )
    expect(formatReference(cite(APA[1]!.text), { style: 'apa', locale: 'en-US' })).toBe(APA[1]!.text)
    expect(formatReference(cite(FRENCH[2]!.text), { style: 'mla', locale: 'fr-FR' })).toBe(
      'MARTIN, Paul. «\u00a0Le traité de 1950\u00a0». La Chine et l’URSS, édité par Jean DURAND, PUF, 2010, p. 45\u201167.'
    )
  }, 30_000)
})

/** Pieces of every form, in any order and number: the parser must neither throw nor slow down on them. */
const PIECES = [
  'Dupont, Marie. ',
  'J. K. ',
  '(2010). ',
  '(n.d.) ',
  '« ',
  '"',
  ' » ',
  'In : ',
  'In ',
  'Dans ',
  ', edited by ',
  ', ed. ',
  '(dir.). ',
  '(Ed.), ',
  ' : ',
  ': ',
  'Paris',
  ', ',
  '. ',
  'p. ',
  'pp. ',
  '45-67',
  '2010',
  '1',
  '38(1)',
  'vol. ',
  'n° ',
  'no. ',
  'Thèse de doctorat',
  'PhD diss.',
  'Rapport',
  'Report No. ',
  'https://',
  'www.',
  '[en ligne]',
  'consulté le ',
  '[',
  '(',
  ')',
  ' et ',
  ' & ',
  'de ',
  '.',
  ' '
]
const unit = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((pieces) => pieces.join(''))

describe('the reference parser on any input', () => {
  it('returns, keeping the text verbatim, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), unit), (text) => {
        expect(parseReference(text).sourceText).toBe(text)
      }),
      { numRuns: 500 }
    )
  })

  it('reads a reference made of any of its forms’ pieces in time linear in its length', () => {
    fc.assert(
      fc.property(unit, (piece) => {
        const make = (size: number) => repeatTo(piece, size)
        expect(growthRatio(make, 20_000, parseReference)).toBeLessThan(LINEAR_GROWTH)
      }),
      { numRuns: 15 }
    )
  }, 60_000)
})
