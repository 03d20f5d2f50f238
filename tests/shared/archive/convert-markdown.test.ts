// Markdown import: sections start at Markdown headings and nowhere else; raw HTML is kept as the text it is,
// in the paragraph it was written in, never turned into a heading over an empty section.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownToArticle } from '../../../src/shared/archive/convert-markdown'
import { repoRoot } from '../../fixtures/archive-files'

const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/library', name), 'utf8')
const blocks = (markdown: string) =>
  markdownToArticle(markdown, 'fichier', { id: 'x' }).blocks.map((block) => [block.kind, block.text])

describe('a Markdown file with raw HTML', () => {
  const doc = markdownToArticle(fixture('raw-html.md'), 'raw-html', { id: 'x' })

  it('keeps raw HTML lines as text in their paragraph', () => {
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['title', 'Carnet de Yalta'],
      [
        'paragraph',
        'Un paragraphe d’introduction. <div align="center"> <img src="carte.png" alt="Carte de la Crimée"> </div>'
      ],
      ['paragraph', '<p>Une légende écrite en HTML</p>'],
      ['heading', 'Sources'],
      ['paragraph', 'Voir la carte'],
      ['paragraph', '<!-- note de l’auteur, pour plus tard -->'],
      ['heading', 'Qu’en retenir ?'],
      ['bullet', 'Le partage de l’Europe'],
      ['bullet', 'Les zones d’occupation']
    ])
  })

  it('has sections only where the Markdown has headings, none of them empty', () => {
    expect(doc.sections.map((section) => [section.heading, section.blockIds.length])).toEqual([
      ['Sources', 2],
      ['Qu’en retenir ?', 2]
    ])
  })
})

describe('headings in Markdown', () => {
  it('never make a heading of a short paragraph without a final stop, nor of a code line', () => {
    expect(blocks('# T\n\nVoir aussi\n\n```\nconst a = 1\n```\n')).toEqual([
      ['title', 'T'],
      ['paragraph', 'Voir aussi'],
      ['paragraph', 'const a = 1']
    ])
  })

  it('take every Markdown heading, even one that ends with a question mark or runs long', () => {
    const long = `Une question bien plus longue que les quatre-vingts caractères qu’un titre ${'x'.repeat(20)}`
    expect(blocks(`# T\n\n## Pourquoi ?\n\nParce que.\n\n### ${long}\n\nTexte.\n`)).toEqual([
      ['title', 'T'],
      ['heading', 'Pourquoi ?'],
      ['paragraph', 'Parce que.'],
      ['heading', long],
      ['paragraph', 'Texte.']
    ])
  })

  it('keep an HTML block that follows a paragraph after a blank line as a paragraph of its own', () => {
    expect(blocks('# T\n\nAvant.\n\n<div>\n\nAprès.\n')).toEqual([
      ['title', 'T'],
      ['paragraph', 'Avant.'],
      ['paragraph', '<div>'],
      ['paragraph', 'Après.']
    ])
  })
})
