import { describe, expect, it } from 'vitest'
import { documentText } from '../../../src/shared/archive/document'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { fixtureArticle, seedText } from '../../fixtures/archive-files'

const NBSP = '\u00a0'
const seed = () => parseArticle(seedText(), { id: 'fed214270135fa12' })

describe('parseArticle on the shipped seed', () => {
  it('keeps every non-empty line of the source, unchanged, in the document text', () => {
    const text = documentText(seed())
    const lines = seedText()
      .split('\n')
      .filter((line) => line.trim() !== '')
    expect(lines).toHaveLength(16)
    for (const line of lines) expect(text).toContain(line.replace(/^\s*•\s/, ''))
  })

  it('splits the title line into the French and the English title', () => {
    const doc = seed()
    expect(doc.title).toBe("Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle")
    expect(doc.englishTitle).toBe('Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance')
  })

  it('reads the infobox heading, its dated fields and the fields that have no value', () => {
    const doc = seed()
    expect(doc.infobox?.heading).toBe("Traité d'amitié, d'alliance et d'assistance mutuelle")
    const fields = doc.blocks.filter((block) => block.kind === 'infobox-field')
    expect(fields.map((field) => [field.label, field.value, field.date?.iso ?? null])).toEqual([
      ['Signé', `14 février 1950${NBSP}( 1950-02-14 )`, '1950-02-14'],
      ['Expiration', `16 février 1979${NBSP}( 1979-02-16 )`, '1979-02-16'],
      ['Signataires', null, null],
      ['Des soirées', null, null]
    ])
    expect(fields[0]?.date?.written).toBe('14 février 1950')
  })

  it('finds the three body paragraphs, with Chinese, pinyin and the source spacing intact', () => {
    const paragraphs = seed().blocks.filter((block) => block.kind === 'paragraph')
    expect(paragraphs).toHaveLength(3)
    expect(paragraphs[0]?.text).toContain('chinois simplifié :中苏友好同盟互助条约;')
    expect(paragraphs[0]?.text).toContain('中蘇友好同盟互助條約')
    expect(paragraphs[0]?.text).toContain('Zhōng-Sū Yǒuhǎo Tóngméng Hùzhù Tiáoyuè')
    expect(paragraphs[0]?.text).toContain('Joseph Staline .')
    expect(paragraphs[2]?.text).toContain('invasion vietnamienne. du Cambodge')
  })

  it('keeps the four sections in order, the empty ones empty', () => {
    const doc = seed()
    expect(doc.sections.map((section) => [section.heading, section.role, section.blockIds.length])).toEqual([
      ['Voir également', 'see-also', 0],
      ['Les références', 'references', 0],
      ['Lectures complémentaires', 'further-reading', 1],
      ['Liens externes', 'external-links', 2]
    ])
  })

  it('turns the further-reading bullet into one reference with all its fields', () => {
    const [reference, ...others] = seed().references
    expect(others).toHaveLength(0)
    expect(reference).toMatchObject({
      authors: [{ family: 'Peskov', given: 'Youri' }],
      title:
        "Soixante ans du traité d'amitié, d'alliance et d'assistance mutuelle entre l'URSS et la RPC, 14 février 1950",
      container: "Affaires d'Extrême-Orient",
      year: 2010,
      volume: '38',
      issue: '1',
      pages: '100–115'
    })
    expect(reference?.sourceText).toMatch(
      /^Peskov, Youri\. ".*" Affaires d'Extrême-Orient \(2010\) 38#1 pp\. 100–115\.$/
    )
  })

  it('turns the external links into two links whose URLs are unknown, never invented', () => {
    const [plain, archived] = seed().links
    expect(plain).toMatchObject({
      title: 'Un article qui mentionne le traité',
      author: null,
      originalUrl: null,
      archivedUrl: null
    })
    expect(archived).toMatchObject({
      title: "L'alliance sino-soviétique et le nationalisme : une contradiction",
      author: 'Yang Kuisong',
      year: 2005,
      publisher: 'Parallel History Project (PHP)',
      format: 'PDF',
      size: `103${NBSP} Ko`,
      archiveDate: '2007-03-18',
      originalUrl: null,
      archivedUrl: null
    })
  })

  it('links each reference and link bullet to its record', () => {
    const doc = seed()
    for (const reference of doc.references) {
      expect(doc.blocks.find((block) => block.id === reference.blockId)).toMatchObject({ referenceId: reference.id })
    }
    for (const link of doc.links) {
      expect(doc.blocks.find((block) => block.id === link.blockId)).toMatchObject({ linkId: link.id })
    }
  })

  it('gives every block a unique id', () => {
    const ids = seed().blocks.map((block) => block.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('stable block ids', () => {
  it('does not change the ids of untouched blocks when another paragraph is edited, added or removed', () => {
    const before = seed()
    const edited = seedText()
      .replace("Mao s'est rendu", "Mao Zedong s'est rendu")
      .replace('Voir également', 'Un paragraphe ajouté au milieu du texte.\n\nVoir également')
      .replace(/Après l'expiration[^\n]*\n\n/, '')
    const after = parseArticle(edited, { id: 'fed214270135fa12' })
    const afterIds = new Set(after.blocks.map((block) => block.id))
    const untouched = before.blocks.filter((block) => !block.text.startsWith('Mao') && !block.text.startsWith('Après'))
    expect(untouched.length).toBeGreaterThan(10)
    for (const block of untouched) expect(afterIds).toContain(block.id)
  })

  it('gives the same ids when the file is parsed twice', () => {
    expect(seed().blocks.map((block) => block.id)).toEqual(seed().blocks.map((block) => block.id))
  })
})

describe('parseArticle on another article in the same format', () => {
  const doc = parseArticle(fixtureArticle('valmorel.txt'), { id: 'valmorel' })

  it('reads its titles and its own infobox fields', () => {
    expect(doc.title).toBe('Accord de Valmorel sur la navigation fluviale')
    expect(doc.englishTitle).toBe('Valmorel Agreement on River Navigation')
    const fields = doc.blocks.filter((block) => block.kind === 'infobox-field')
    expect(fields.map((field) => [field.label, field.value, field.date?.iso ?? null])).toEqual([
      ['Signée', `3 mars 1921${NBSP}( 1921-03-03 )`, '1921-03-03'],
      ['Emplacement', 'Valmorel, Savoie', null],
      ['Entrée en vigueur', '1er juillet 1921 ( 1921-07-01 )', '1921-07-01'],
      ['Langues', 'Français, italien', null],
      ['Dépositaire', null, null]
    ])
  })

  it('keeps paragraphs inside a section of its own and bullets of a see-also section', () => {
    const context = doc.sections.find((section) => section.heading === 'Contexte')
    expect(context?.role).toBe('other')
    expect(context?.blockIds).toHaveLength(2)
    const seeAlso = doc.sections.find((section) => section.role === 'see-also')
    const bullets = seeAlso?.blockIds.map((id) => doc.blocks.find((block) => block.id === id)?.text)
    expect(bullets).toEqual(['Navigation fluviale', 'Droit des lacs'])
  })

  it('reads two references with several authors and another volume notation', () => {
    expect(
      doc.references.map((ref) => ({
        authors: ref.authors.map((a) => a.family),
        title: ref.title,
        year: ref.year,
        volume: ref.volume,
        issue: ref.issue,
        pages: ref.pages
      }))
    ).toEqual([
      {
        authors: ['Martin', 'Dubois'],
        title: "Les accords lacustres de l'entre-deux-guerres",
        year: 1998,
        volume: '12',
        issue: '3',
        pages: '45–67'
      },
      { authors: ['Rossi'], title: 'Valmorel et ses suites', year: 2004, volume: '7', issue: null, pages: '12' }
    ])
  })

  it('keeps the URLs a link gives and reads a written archive date', () => {
    const [withUrls, withDate] = doc.links
    expect(withUrls?.originalUrl).toBe('https://example.org/valmorel.html')
    expect(withUrls?.archivedUrl).toBe('https://web.archive.org/web/2009/https://example.org/valmorel.html')
    expect(withDate).toMatchObject({
      author: 'Dupont, Marie',
      title: 'Chronique du lac',
      archiveDate: '2009-05-05',
      size: `2${NBSP}Mo`,
      year: 1999
    })
  })

  it('reads Windows line endings the same way', () => {
    const crlf = parseArticle(fixtureArticle('valmorel.txt').replace(/\n/g, '\r\n'), { id: 'valmorel' })
    expect(crlf.blocks.map((block) => [block.id, block.text])).toEqual(
      doc.blocks.map((block) => [block.id, block.text])
    )
  })
})
