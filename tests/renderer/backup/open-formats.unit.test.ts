import { describe, expect, it } from 'vitest'
import { blockQuote, escapeMarkdown, toMarkdown } from '../../../src/renderer/src/backup/markdown-export'
import { ImportRefusal } from '../../../src/renderer/src/backup/import-refusal'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { noRecords } from '../../../src/renderer/src/backup/record-schemas'
import { serializeW3cAnnotations, toW3cAnnotation } from '../../../src/renderer/src/backup/w3c-export'
import { markdownLabels } from './markdown-labels'
import { sampleAnnotation, sampleBookmark } from './sample-records'

describe('the W3C Web Annotation export', () => {
  it('writes each annotation with both selectors, a Markdown note body, one tagging body per tag and its dates', () => {
    const annotation = {
      ...sampleAnnotation(1),
      note: 'Une **note**',
      tags: ['traité', 'URSS'],
      color: 'green' as const
    }
    expect(toW3cAnnotation(annotation)).toEqual({
      id: `urn:uuid:${annotation.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: annotation.createdAt,
      modified: annotation.updatedAt,
      stylesheet: { type: 'CssStylesheet', value: '.folio-green { background-color: #c8f0c0; }' },
      body: [
        { type: 'TextualBody', value: 'Une **note**', purpose: 'commenting', format: 'text/markdown' },
        { type: 'TextualBody', value: 'traité', purpose: 'tagging' },
        { type: 'TextualBody', value: 'URSS', purpose: 'tagging' }
      ],
      target: {
        source: `urn:folio:document:${annotation.documentId}`,
        styleClass: 'folio-green',
        selector: [annotation.target.selectors.quote, annotation.target.selectors.position]
      }
    })
  })

  it('is one JSON-LD AnnotationCollection with the W3C context', async () => {
    const text = await serializeW3cAnnotations([sampleAnnotation(1), sampleAnnotation(2)], 'Folio')
    expect(JSON.parse(text)).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage', items: [{ type: 'Annotation' }, { type: 'Annotation' }] }
    })
  })
})

describe('importing W3C annotations from elsewhere', () => {
  const foreign = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://hypothes.is/a/Xy12',
    type: 'Annotation',
    created: '2024-05-01T10:00:00Z',
    bodyValue: 'Vu dans un autre outil',
    body: [{ type: 'TextualBody', value: ' histoire  ', purpose: 'tagging' }],
    target: {
      source: 'https://example.org/traite.html',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Moscou', prefix: 'à ', suffix: '.' },
        { type: 'FragmentSelector', value: 'p3' }
      ]
    }
  }

  it('reads a single Annotation, attaches it to the open document, with a stable id', async () => {
    const first = await parseImportFile(JSON.stringify(foreign), { fallbackDocumentId: 'doc-open' })
    const again = await parseImportFile(JSON.stringify(foreign), { fallbackDocumentId: 'doc-open' })
    expect(first.attachedToFallback).toBe(1)
    const [annotation] = first.records.annotations
    expect(annotation).toMatchObject({
      documentId: 'doc-open',
      note: 'Vu dans un autre outil',
      tags: ['histoire'],
      color: 'yellow',
      createdAt: '2024-05-01T10:00:00Z',
      updatedAt: '2024-05-01T10:00:00Z',
      target: {
        blockId: null,
        selectors: { quote: { exact: 'Moscou', prefix: 'à ', suffix: '.' }, position: { start: 0, end: 6 } }
      }
    })
    expect(annotation?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(again.records.annotations[0]?.id).toBe(annotation?.id)
  })

  it('refuses an annotation without a quote selector, naming where it is', async () => {
    const page = {
      type: 'AnnotationPage',
      items: [
        foreign,
        { ...foreign, target: { source: 'urn:folio:document:x', selector: { type: 'FragmentSelector', value: 'p3' } } }
      ]
    }
    await expect(parseImportFile(JSON.stringify(page), { fallbackDocumentId: 'd' })).rejects.toThrow(
      'items[1].target.selector : aucun TextQuoteSelector'
    )
  })

  it('refuses annotations of another source when no document is open to attach them to', async () => {
    const error = await parseImportFile(JSON.stringify([foreign])).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(ImportRefusal)
    expect((error as Error).message).toContain(
      '[0].target.source : « https://example.org/traite.html » n’est pas un document de Folio'
    )
  })
})

describe('the Markdown export', () => {
  it('escapes quotes so that they show exactly as written, line by line', () => {
    expect(escapeMarkdown('*gras* <b>x</b> # [lien](y)')).toBe('\\*gras\\* \\<b\\>x\\</b\\> \\# \\[lien\\](y)')
    expect(escapeMarkdown('1950. Traité\n- tiret')).toBe('1950\\. Traité\n\\- tiret')
    expect(blockQuote('ligne 1\n\nligne 3')).toBe('> ligne 1\n>\n> ligne 3')
  })

  it('puts everything under one title, then each document with its annotations and bookmarks', () => {
    const records = {
      ...noRecords(),
      annotations: [sampleAnnotation(3), sampleAnnotation(1)],
      bookmarks: [sampleBookmark(1)]
    }
    const markdown = toMarkdown(records, {
      scope: { kind: 'all' },
      documentTitles: new Map([['fed214270135fa12', 'Traité']]),
      labels: markdownLabels,
      now: new Date('2026-03-12T00:00:00Z')
    })
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Notes Folio',
      '## Traité',
      '### Annotations (1)',
      '## doc-1',
      '### Annotations (1)',
      '### Signets (1)'
    ])
    expect(markdown).toContain('*Exporté de Folio le 12 mars 2026 — 2 annotations, 1 signets*')
  })
})
