// The Markdown templates for writing tools: Obsidian's properties read back by a real YAML parser whatever the title,
// tags as Obsidian reads them, each quote with its pinpoint citation and its folio:// link, one note per document
// under a name a file system takes, the plain file as it always was — in time linear in titles and notes.

import { describe, expect, it } from 'vitest'
import {
  noteFileName,
  obsidianTag,
  renderTemplate,
  yamlString,
  type DocumentFacts,
  type TemplateOptions
} from '../../../src/renderer/src/backup/export-templates'
import { toMarkdown } from '../../../src/renderer/src/backup/markdown-export'
import { noRecords, type FolioRecords } from '../../../src/renderer/src/backup/record-schemas'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import type { Bookmark } from '../../../src/renderer/src/db/bookmark'
import { passageLinkOfAnnotation } from '../../../src/renderer/src/links/passage-link-of'
import { formatPassageLink, parsePassageLink } from '../../../src/shared/links/passage-link'
import { LINEAR_GROWTH, growthRatio, repeatTo } from '../../fixtures/time-ratio'
import { markdownLabels } from './markdown-labels'

// js-yaml (eslint's own YAML reader, installed with it; it ships no types) stands for Obsidian's: what it reads is
// what a note's properties hold.
const YAML_READER = 'js-yaml'
const yaml = (await import(/* @vite-ignore */ YAML_READER)) as { load(text: string): unknown }

const ARCHIVE = '0123456789abcdef0123456789abcdef'
const TREATY = '000_1a2b3c4d5e6f7a8b'
const NOW = new Date('2026-12-04T10:00:00Z')

function annotation(id: string, exact: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    documentId: TREATY,
    target: {
      blockId: 'p-3',
      blockOffset: 4,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: 'le ', suffix: ' fut' },
        position: { type: 'TextPositionSelector', start, end: start + exact.length }
      }
    },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...extra
  }
}

const bookmark: Bookmark = {
  id: 'b1',
  targetKey: `${TREATY}|document|${TREATY}`,
  documentId: TREATY,
  kind: 'document',
  targetId: TREATY,
  label: 'Traité',
  note: '',
  tags: [],
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z'
} as Bookmark

const facts = (title: string, more: Partial<DocumentFacts> = {}): DocumentFacts => ({
  title,
  authors: [],
  year: null,
  source: 'Archive sino-soviétique',
  link: formatPassageLink({ archiveId: ARCHIVE, documentId: TREATY }),
  entry: '« Traité sino-soviétique ». s. d. Archive sino-soviétique.',
  ...more
})

const recordsOf = (annotations: Annotation[], bookmarks: Bookmark[] = []): FolioRecords => ({
  ...noRecords(),
  annotations,
  bookmarks
})

/** Options as the app gives them: each annotation's citation and its real folio:// link. */
function options(annotations: readonly Annotation[], more: Partial<TemplateOptions> = {}): TemplateOptions {
  const links = new Map(annotations.map((one) => [one.id, formatPassageLink(passageLinkOfAnnotation(ARCHIVE, one))]))
  const citations = new Map(
    annotations.map((one) => [one.id, '(« Traité sino-soviétique », s. d., sect. Contexte, § 2)'])
  )
  return {
    scope: { kind: 'document', documentId: TREATY },
    documents: new Map([[TREATY, facts('Traité sino-soviétique d’amitié')]]),
    labels: markdownLabels,
    sources: { citations, links },
    now: NOW,
    fileName: 'folio-notes.md',
    ...more
  }
}

/** The YAML between a note's opening `---` lines, as a YAML reader reads it. */
function propertiesOf(note: string): Record<string, unknown> {
  expect(note.startsWith('---\n')).toBe(true)
  const end = note.indexOf('\n---\n', 4)
  expect(end).toBeGreaterThan(0)
  return yaml.load(note.slice(4, end)) as Record<string, unknown>
}

const onlyFile = (files: { name: string; content: string }[]) => {
  expect(files).toHaveLength(1)
  return files[0]!.content
}

describe('the Obsidian template', () => {
  it('opens a document’s note with its properties: title, source, folio link, citation, tags, date', () => {
    const noted = [annotation('a1', 'le traité fut signé', 40, { tags: ['URSS', 'guerre froide'] })]
    const note = onlyFile(renderTemplate('obsidian', recordsOf(noted), options(noted)))
    expect(propertiesOf(note)).toEqual({
      title: 'Traité sino-soviétique d’amitié',
      source: 'Archive sino-soviétique',
      folio: `folio://open/${ARCHIVE}/${TREATY}`,
      citation: '« Traité sino-soviétique ». s. d. Archive sino-soviétique.',
      tags: ['URSS', 'guerre-froide'],
      // The day, unquoted: a YAML date, which Obsidian shows as a date property.
      exported: new Date('2026-12-04T00:00:00Z')
    })
  })

  it('writes authors and year when the work names them, and nothing it does not know', () => {
    const noted = [annotation('a1', 'x', 1)]
    const withWork = options(noted, {
      documents: new Map([[TREATY, facts('Mao et Staline', { authors: ['Yang Kuisong'], year: 2005, entry: null })]])
    })
    const properties = propertiesOf(onlyFile(renderTemplate('obsidian', recordsOf(noted), withWork)))
    expect(properties.authors).toEqual(['Yang Kuisong'])
    expect(properties.year).toBe(2005)
    expect(properties).not.toHaveProperty('citation')
  })

  it.each([
    ['a colon and quotes', 'Traité : « amitié » et "alliance"'],
    ['a leading dash', '- liste ou pas'],
    ['a leading hash', '# pas un commentaire'],
    ['a comment after a space', 'Titre # suite'],
    ['line breaks', 'première ligne\nseconde\r\ntroisième\rquatrième'],
    ['Unicode line and paragraph separators', 'un\u2028deux\u2029trois\u0085quatre'],
    ['YAML’s own words', 'null'],
    ['a number', '1950'],
    ['a boolean', 'yes'],
    ['flow marks', '{a: [b, c]}, &ancre *alias !tag %dir @at `code`'],
    ['a backslash and a tab', 'C:\\dossier\tfin'],
    ['controls and a byte order mark', 'a\u0000b\u0007c\u001bd\u007fe\u009ff\ufeffg'],
    ['the document end mark', '---\n...'],
    ['CJK', '中苏友好同盟互助条约'],
    ['an emoji', 'Traité 🤝 1950']
  ])('reads back a title with %s exactly as written', (_, title) => {
    const noted = [annotation('a1', 'x', 1)]
    const hostile = options(noted, { documents: new Map([[TREATY, facts(title)]]) })
    const note = onlyFile(renderTemplate('obsidian', recordsOf(noted), hostile))
    expect(propertiesOf(note).title).toBe(title)
    expect(yaml.load(yamlString(title))).toBe(title)
  })

  it('writes a lone surrogate, which YAML cannot hold, as U+FFFD', () => {
    expect(yaml.load(yamlString('a\ud800b\udc00c'))).toBe('a\ufffdb\ufffdc')
    expect(yaml.load(yamlString('😀'))).toBe('😀')
  })

  it('writes each quote as a block quote with its pinpoint citation and link back, then its note and #tags', () => {
    const noted = [
      annotation('a2', 'second *passage*\n- pas une liste', 200, { note: 'Voir **Staline**', tags: ['URSS'] }),
      annotation('a1', 'premier passage', 40, { tags: ['guerre froide', '1950', '  ', 'c++', '中苏关系'] })
    ]
    const note = onlyFile(renderTemplate('obsidian', recordsOf(noted), options(noted)))
    const link = formatPassageLink(passageLinkOfAnnotation(ARCHIVE, noted[1]!))
    expect(note).toContain(
      `> premier passage\n>\n> — (« Traité sino-soviétique », s. d., sect. Contexte, § 2) [↗](${link})\n\n#guerre-froide #_1950 #c #中苏关系`
    )
    expect(note).toContain('> second \\*passage\\*\n> \\- pas une liste\n>\n> — (')
    expect(note).toContain('\n\nVoir **Staline**\n\n#URSS')
    // Reading order: the passage at 40 before the one at 200.
    expect(note.indexOf('premier passage')).toBeLessThan(note.indexOf('second'))
    // The link written is one Folio opens: the annotation's own passage.
    const parsed = parsePassageLink(link)
    expect(parsed.ok && parsed.link).toMatchObject({ documentId: TREATY, annotationId: 'a1' })
  })

  it('keeps an orphaned annotation of a document it no longer knows, under its id, with its link and no citation', () => {
    const orphan = annotation('o1', 'passage disparu', 10, { documentId: 'gone-document' })
    const files = renderTemplate('obsidian', recordsOf([orphan]), {
      ...options([]),
      scope: { kind: 'all' },
      sources: { links: new Map([['o1', 'folio://open/library/gone-document?quote=passage+disparu']]) }
    })
    const note = onlyFile(files)
    expect(propertiesOf(note)).toMatchObject({ title: 'Notes Folio', exported: new Date('2026-12-04') })
    expect(note).toContain('## gone-document')
    expect(note).toContain('> passage disparu\n>\n> — [↗](folio://open/library/gone-document?quote=passage+disparu)')
  })

  it('gives a document with no annotation its properties and title, and its bookmarks', () => {
    const empty = onlyFile(renderTemplate('obsidian', recordsOf([]), options([])))
    expect(propertiesOf(empty).title).toBe('Traité sino-soviétique d’amitié')
    expect(empty.endsWith('---\n\n# Traité sino-soviétique d’amitié\n')).toBe(true)
    const marked = onlyFile(renderTemplate('obsidian', recordsOf([], [bookmark]), options([])))
    expect(marked).toContain('## Signets\n\n- **Traité** (document)')
  })

  it('lists every document of an export of everything under its title, with its work and link', () => {
    const other = annotation('b1', '中苏同盟', 5, { documentId: '000_ffffffffffffffff', tags: ['中苏'] })
    const noted = [annotation('a1', 'le traité', 40, { tags: ['URSS'] }), other]
    const files = renderTemplate('obsidian', recordsOf(noted), {
      ...options(noted),
      scope: { kind: 'all' },
      documents: new Map([
        ['000_ffffffffffffffff', facts('中苏关系史', { entry: null, link: null })],
        [TREATY, facts('Traité')]
      ])
    })
    const note = onlyFile(files)
    expect(propertiesOf(note).tags).toEqual(['URSS', '中苏'])
    expect(note.indexOf('## 中苏关系史')).toBeLessThan(note.indexOf('## Traité'))
    expect(note).toContain(
      `## Traité\n\n*« Traité sino-soviétique ». s. d. Archive sino-soviétique. [↗](folio://open/${ARCHIVE}/${TREATY})*`
    )
    expect(note).toContain('> 中苏同盟')
  })
})

describe('Obsidian tags', () => {
  it.each([
    ['guerre froide', 'guerre-froide'],
    ['  URSS  ', 'URSS'],
    ['#déjà', 'déjà'],
    ['1950', '_1950'],
    ['années/1950', 'années/1950'],
    ['a, b; c', 'a-b-c'],
    ['中苏 关系', '中苏-关系'],
    ['e\u0301té', 'été']
  ])('writes %j as #%s', (tag, written) => {
    expect(obsidianTag(tag)).toBe(written)
  })

  it('drops a tag with nothing Obsidian can read', () => {
    expect(obsidianTag('   ')).toBeNull()
    expect(obsidianTag('!!!')).toBeNull()
  })
})

describe('one note per document', () => {
  it('writes each document with notes as its own note, named after its title, with its own properties', () => {
    const second = '000_ffffffffffffffff'
    const noted = [
      annotation('a1', 'le traité', 40, { tags: ['URSS'] }),
      annotation('c1', '同盟', 5, { documentId: second, tags: ['中苏'] })
    ]
    const files = renderTemplate('per-document', recordsOf(noted), {
      ...options(noted),
      scope: { kind: 'all' },
      documents: new Map([
        [TREATY, facts('Traité : « amitié »')],
        [second, facts('中苏关系史', { entry: null })],
        ['000_0000000000000000', facts('Sans notes')]
      ])
    })
    expect(files.map(({ name }) => name)).toEqual(['Traité « amitié ».md', '中苏关系史.md'])
    expect(propertiesOf(files[0]!.content)).toMatchObject({ title: 'Traité : « amitié »', tags: ['URSS'] })
    expect(propertiesOf(files[1]!.content)).toMatchObject({ title: '中苏关系史', tags: ['中苏'] })
    expect(files[1]!.content).toContain('# 中苏关系史\n\n> 同盟')
  })

  it.each([
    ['a folder in the title', 'a/b\\c', 'a b c.md'],
    ['Obsidian’s link marks', 'Note [[x]] #y ^z | w', 'Note x y z w.md'],
    ['a hidden file', '...hidden', 'hidden.md'],
    ['trailing dots and spaces', 'fin. . .', 'fin.md'],
    ['bidi and control characters', 'rapport\u202Etxt\u0000.exe', 'rapporttxt.exe.md'],
    ['a Windows device', 'CON', 'CON_.md'],
    ['nothing left', '///', 'the-id.md']
  ])('names a note from a title with %s as a file system takes it', (_, title, name) => {
    expect(noteFileName(title, 'the-id', new Set())).toBe(name)
  })

  it('names two notes of the same title apart, whatever the case, and keeps names under 100 characters', () => {
    const taken = new Set<string>()
    expect(noteFileName('Traité', 'a', taken)).toBe('Traité.md')
    expect(noteFileName('traité', 'b', taken)).toBe('traité (2).md')
    expect(noteFileName('TRAITÉ', 'c', taken)).toBe('TRAITÉ (3).md')
    expect([...noteFileName('中'.repeat(500), 'd', taken)].length).toBe(103)
  })
})

describe('the plain template', () => {
  it('is the Markdown export as it always was when there are no citations or links', () => {
    const noted = [annotation('a1', 'le traité', 40, { note: 'Une note', tags: ['URSS'] })]
    const records = recordsOf(noted, [bookmark])
    const plain = onlyFile(renderTemplate('plain', records, { ...options(noted), sources: {} }))
    expect(plain).toBe(
      toMarkdown(records, {
        scope: { kind: 'document', documentId: TREATY },
        documentTitles: new Map([[TREATY, 'Traité sino-soviétique d’amitié']]),
        labels: markdownLabels,
        now: NOW
      })
    )
    expect(plain).not.toContain('Citation')
  })

  it('gives each quote its pinpoint citation and its folio:// link', () => {
    const noted = [annotation('a1', 'le traité', 40)]
    const plain = onlyFile(renderTemplate('plain', recordsOf(noted), options(noted)))
    const link = formatPassageLink(passageLinkOfAnnotation(ARCHIVE, noted[0]!))
    expect(plain).toContain(
      `- Citation : (« Traité sino-soviétique », s. d., sect. Contexte, § 2) · [Ouvrir dans Folio](${link})`
    )
  })
})

describe('rendering time', () => {
  it('grows linearly with a hostile title’s length (its properties and its note’s name)', () => {
    for (const unit of ['"\\: #', '\n\r\u2028', '. ', '\ud800', '- [x]']) {
      const render = (title: string) => {
        yamlString(title)
        noteFileName(title, 'id', new Set())
      }
      expect(growthRatio((size) => repeatTo(unit, size), 20_000, render)).toBeLessThan(LINEAR_GROWTH)
    }
  })

  it('grows linearly with the number of annotations and their tags', () => {
    const render = (text: string) => {
      const noted = Array.from({ length: text.length / 10 }, (_, index) =>
        annotation(`a${index}`, `passage ${index}`, index * 20, {
          tags: [`tag ${index % 50}`, 'guerre froide'],
          note: text.slice(0, 10)
        })
      )
      for (const template of ['obsidian', 'per-document', 'plain'] as const)
        renderTemplate(template, recordsOf(noted), options(noted, { scope: { kind: 'all' } }))
    }
    expect(growthRatio((size) => repeatTo('abcdefghij', size), 2_000, render)).toBeLessThan(LINEAR_GROWTH)
  }, 30_000)
})
