// The ticked annotations exported as Markdown, in Node: the data dialog's own file (its words, its escaping), with
// only the annotations ticked, each document under its title in title order, each in the order of its text.

import { describe, expect, it } from 'vitest'
import { selectionMarkdown } from '../../../src/renderer/src/annotations-view/export-selection'
import { markdownLabels } from '../../../src/renderer/src/backup/markdown-labels'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import i18next from '../../../src/renderer/src/i18n/i18n'

function annotation(id: string, documentId: string, exact: string, start: number, note = ''): Annotation {
  return {
    id,
    documentId,
    target: {
      blockId: null,
      blockOffset: 0,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + exact.length }
      }
    },
    color: 'blue',
    note,
    tags: ['URSS'],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z'
  }
}

describe('exporting the ticked annotations', () => {
  it('writes each document under its title, its quotes in text order, with notes, tags and colour', async () => {
    await i18next.changeLanguage('fr')
    const titles = new Map([
      ['doc-a', 'Crise de 1960'],
      ['doc-b', 'Traité sino-soviétique']
    ])
    const markdown = selectionMarkdown(
      [
        annotation('b2', 'doc-b', 'signé à *Moscou*', 90, 'Voir **Staline**'),
        annotation('a1', 'doc-a', 'la rupture', 10),
        annotation('b1', 'doc-b', 'Le traité', 5)
      ],
      titles,
      markdownLabels(i18next.t),
      new Date('2025-06-01T12:00:00Z')
    )
    const crisis = markdown.indexOf('## Crise de 1960')
    const treaty = markdown.indexOf('## Traité sino-soviétique')
    expect(crisis).toBeGreaterThan(0)
    expect(treaty).toBeGreaterThan(crisis)
    expect(markdown.indexOf('> Le traité')).toBeGreaterThan(treaty)
    expect(markdown.indexOf('> signé à \\*Moscou\\*')).toBeGreaterThan(markdown.indexOf('> Le traité'))
    expect(markdown).toContain('Voir **Staline**')
    expect(markdown).toContain('`URSS`')
    expect(markdown).toContain('bleu')
    expect(markdown).toContain('3 annotations, 0 signet')
  })
})
