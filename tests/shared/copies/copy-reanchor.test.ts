// Annotations on a PDF copy come back to their passage when the copy's text is extracted again a little
// differently (another pdf.js version, another PDF of the same book): spaces, a hyphenated line end, items split.

import { describe, expect, it } from 'vitest'
import { anchorTarget } from '../../../src/shared/anchoring/anchor'
import { describeRange } from '../../../src/shared/anchoring/describe'
import { blockOffsets, documentText, type ArticleDocument } from '../../../src/shared/archive/document'
import { copyDocument } from '../../../src/shared/copies/copy-document'
import { pageOfBlockId, pageText, type PdfTextItem } from '../../../src/shared/copies/pdf-page-text'

const PAGES = 6

/** A page's lines, as a test PDF's page would have them (test text): some phrases recur on every page. */
function pageLines(page: number): string[] {
  return [
    `Page ${page}`,
    `La délégation chinoise records la frontière mandchoue (p${page}s1), comme le note l’auteur, puis les conseillers soviétiques, et ce passage continue.`,
    `Le télégramme de Staline mentionne la visite à Moscou (p${page}s2).`,
    `The Soviet ambassador questions the future of Port Arthur (p${page}s3).`
  ]
}

/** pdf.js items of one line each, ending the line, as the first extraction gives them. */
function lineItems(lines: readonly string[]): PdfTextItem[] {
  return lines.map((str) => ({ str, hasEOL: true }))
}

/** A copy's document from each page's items. */
function copyOf(pages: readonly PdfTextItem[][]): ArticleDocument {
  return copyDocument({ id: 'c-0123456789abcdef', title: 'Test copy', pages: pages.map(pageText) })
}

const firstItems = Array.from({ length: PAGES }, (_, i) => lineItems(pageLines(i + 1)))
const first = copyOf(firstItems)
const firstText = documentText(first)

/** Each page's lines, `edit` applied to page `page`'s. */
function editedPages(page: number, edit: (lines: string[]) => PdfTextItem[]): PdfTextItem[][] {
  return Array.from({ length: PAGES }, (_, i) =>
    i + 1 === page ? edit(pageLines(i + 1)) : lineItems(pageLines(i + 1))
  )
}

/** Describes the `occurrence`-th `needle` on page `page` of the first extraction. */
function annotate(page: number, needle: string) {
  const pageStart = blockOffsets(first).get(`page-${page}`) ?? -1
  const start = firstText.indexOf(needle, pageStart)
  expect(start, `"${needle}" is on page ${page}`).toBeGreaterThanOrEqual(pageStart)
  expect(start).toBeLessThan(pageStart + (first.blocks[page - 1]?.text.length ?? 0))
  return describeRange(first, start, start + needle.length)
}

/** The text the anchor covers in `doc`, and the page its start is on. */
function anchoredIn(doc: ArticleDocument, target: ReturnType<typeof annotate>) {
  const anchor = anchorTarget(doc, target)
  expect(anchor, 'the annotation is found again').not.toBeNull()
  if (!anchor) return { text: '', page: null }
  const offsets = [...blockOffsets(doc)]
  const [blockId] = offsets.filter(([, offset]) => offset <= anchor.start).at(-1) ?? ['']
  return { text: documentText(doc).slice(anchor.start, anchor.end), page: pageOfBlockId(blockId) }
}

describe('re-anchoring on a copy extracted again', () => {
  it('finds a passage again when the items of its lines are split at other places', () => {
    const target = annotate(3, 'la frontière mandchoue')
    const split = editedPages(3, (lines) =>
      lines.flatMap((line) => {
        const cut = line.indexOf(' ', line.length >> 1)
        if (cut < 0) return [{ str: line, hasEOL: true }]
        return [
          { str: line.slice(0, cut + 1), hasEOL: false },
          { str: line.slice(cut + 1), hasEOL: true }
        ]
      })
    )
    expect(anchoredIn(copyOf(split), target)).toEqual({ text: 'la frontière mandchoue', page: 3 })
  })

  it('finds a passage again when spaces were doubled, dropped or added around it', () => {
    const passage = 'records la frontière mandchoue (p2s1), comme le note l’auteur'
    const target = annotate(2, passage)
    const spaced = editedPages(2, (lines) =>
      lineItems(lines.map((line) => line.replace('records la', 'records  la').replace(' (p2s1)', '(p2s1)')))
    )
    const found = anchoredIn(copyOf(spaced), target)
    expect(found).toEqual({ text: 'records  la frontière mandchoue(p2s1), comme le note l’auteur', page: 2 })
  })

  it('finds a passage across a hyphenated line end once the two halves are joined', () => {
    const hyphenated = editedPages(4, (lines) =>
      lineItems(
        lines.flatMap((line) =>
          line.includes('(p4s1)') ? line.replace('conseillers ', 'conseil-\nlers ').split('\n') : [line]
        )
      )
    )
    const before = copyOf(hyphenated)
    const beforeText = documentText(before)
    const start = beforeText.indexOf('les conseil-\nlers soviétiques')
    expect(start, 'the first extraction has the hyphenated word').toBeGreaterThan(0)
    const target = describeRange(before, start, start + 'les conseil-\nlers soviétiques'.length)
    expect(anchoredIn(first, target)).toEqual({ text: 'les conseillers soviétiques', page: 4 })
  })

  it('finds a passage across two lines when the line break moved by a word', () => {
    const passage = 'comme le note l’auteur, puis les conseillers'
    const wrapped = (lines: string[]) =>
      lineItems(lines.flatMap((l) => (l.includes('(p2s1)') ? l.replace(', puis ', ', puis\n').split('\n') : [l])))
    const before = copyOf(editedPages(2, wrapped))
    const beforeText = documentText(before)
    const start = beforeText.indexOf(passage.replace(', puis ', ', puis\n'))
    expect(start).toBeGreaterThan(0)
    const target = describeRange(before, start, start + passage.length)
    const moved = (lines: string[]) =>
      lineItems(
        lines.flatMap((l) => (l.includes('(p2s1)') ? l.replace(', puis les ', ', puis les\n').split('\n') : [l]))
      )
    expect(anchoredIn(copyOf(editedPages(2, moved)), target)).toEqual({
      text: 'comme le note l’auteur, puis les\nconseillers',
      page: 2
    })
  })

  it('keeps a phrase found on several pages on the page it was made on, after text is added before it', () => {
    const phrase = 'la visite à Moscou'
    const pagesWithPhrase = first.blocks.filter((block) => block.text.includes(phrase)).length
    expect(pagesWithPhrase, 'the phrase is on more than one page').toBeGreaterThan(1)
    const target = annotate(5, phrase)
    const longerFirstPage = editedPages(1, (lines) => lineItems(['Note de l’éditeur : texte ajouté.', ...lines]))
    expect(anchoredIn(copyOf(longerFirstPage), target)).toEqual({ text: phrase, page: 5 })
  })
})
