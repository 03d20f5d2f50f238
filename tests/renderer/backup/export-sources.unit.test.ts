// What the Markdown export says of each quote of the seed article, in Node (no worker: the page's own citeproc, as
// when the worker cannot run): its pinpoint citation with the passage's section and paragraph, its folio:// link
// back to the annotation, and the document's facts; a document the app could not read keeps its title, uncited. Then
// how the files are handed to main: one file to save, or one note per document into a new folder.

import { beforeAll, describe, expect, it } from 'vitest'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import type { ArticleDocument } from '../../../src/shared/archive/document'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { prepareCitationStyle } from '../../../src/shared/citations/citation-styles'
import { parsePassageLink } from '../../../src/shared/links/passage-link'
import type { SaveFileRequest, SaveFilesRequest } from '../../../src/shared/ipc/contract'
import { saveExportFiles } from '../../../src/renderer/src/backup/data-actions'
import { gatherExportSources } from '../../../src/renderer/src/backup/export-sources'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import i18next from '../../../src/renderer/src/i18n/i18n'
import seedText from '../../../resources/archive/000_fed214270135fa12.txt?raw'

const ARCHIVE = { id: 'bcec67dcd1f847a7d034ee61f4225e56', name: 'Archive Folio' }
let seed: ArticleDocument

function annotationAt(id: string, start: string, documentId = seed.id): Annotation {
  const block = seed.blocks.find((candidate) => candidate.text.startsWith(start))
  if (!block) throw new Error(`the seed has a block starting "${start}"`)
  const exact = block.text.slice(0, 20)
  return {
    id,
    documentId,
    target: {
      blockId: block.id,
      blockOffset: 0,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length }
      }
    },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z'
  }
}

beforeAll(async () => {
  await i18next.changeLanguage('fr')
  seed = parseArticle(seedText, { id: 'fed214270135fa12' })
  prepareCitationStyle('chicago-author-date', 'fr-FR')
}, 30_000)

describe('the sources of an export', () => {
  it('cites each quote at its section and paragraph, links it back, and names the archive as its source', async () => {
    const entry: ArchiveDocumentEntry = { id: seed.id, origin: 'archive', file: 'seed.txt', document: seed, notes: [] }
    const annotations = [
      annotationAt('a1', 'Yang Kuisong'),
      annotationAt('a2', "Mao s'est rendu"),
      annotationAt('a3', 'Yang Kuisong')
    ]
    const { documents, sources } = await gatherExportSources(
      annotations,
      new Map([[seed.id, seed.title]]),
      [entry],
      ARCHIVE,
      'chicago-author-date'
    )
    expect(sources.citations?.get('a1')).toMatch(/sect\.\sLiens externes, paragr\.\s2\)$/)
    expect(sources.citations?.get('a3')).toBe(sources.citations?.get('a1'))
    expect(sources.citations?.get('a2')).toMatch(/s\.\sd\., paragr\.\s2\)$/)
    const link = parsePassageLink(sources.links?.get('a2') ?? '')
    expect(link.ok && link.link).toMatchObject({ archiveId: ARCHIVE.id, documentId: seed.id, annotationId: 'a2' })
    expect(documents.get(seed.id)).toMatchObject({
      title: seed.title,
      authors: [],
      year: null,
      source: 'Archive Folio',
      link: `folio://open/${ARCHIVE.id}/${seed.id}`,
      entry: expect.stringContaining('Archive Folio')
    })
  }, 30_000)

  it('keeps a document it could not read under its title and link, with no citation, and makes no link without an archive', async () => {
    const orphan = annotationAt('o1', 'Yang Kuisong', '000_0000000000000000')
    const read = await gatherExportSources(
      [orphan],
      new Map([['000_0000000000000000', 'Un document endommagé']]),
      [],
      ARCHIVE,
      'apa'
    )
    expect(read.sources.citations?.size).toBe(0)
    expect(read.sources.links?.get('o1')).toMatch(/^folio:\/\/open\//)
    expect(read.documents.get('000_0000000000000000')).toMatchObject({ title: 'Un document endommagé', entry: null })
    const closed = await gatherExportSources([orphan], new Map(), [], null, 'apa')
    expect(closed.sources.links?.size).toBe(0)
    expect(closed.documents.get('000_0000000000000000')).toMatchObject({ title: '000_0000000000000000', link: null })
  })
})

describe('saving an export', () => {
  const recording = () => {
    const calls: { method: string; request: unknown }[] = []
    const api = {
      saveFile: async (request: SaveFileRequest) => {
        calls.push({ method: 'saveFile', request })
        return { ok: true as const, fileName: request.suggestedName }
      },
      saveFiles: async (request: SaveFilesRequest) => {
        calls.push({ method: 'saveFiles', request })
        return { ok: true as const, fileName: request.suggestedName }
      }
    }
    return { api, calls }
  }
  const files = [
    { name: 'Traité.md', content: '# Traité\n' },
    { name: '中苏.md', content: '# 中苏\n' }
  ]

  it('saves a one-file template where the user chooses, as Markdown', async () => {
    const { api, calls } = recording()
    await saveExportFiles(api, files.slice(0, 1), 'obsidian')
    expect(calls).toEqual([
      {
        method: 'saveFile',
        request: {
          suggestedName: 'Traité.md',
          content: '# Traité\n',
          filters: [{ name: 'Markdown', extensions: ['md'] }]
        }
      }
    ])
  })

  it('saves one note per document into a new folder, even when there is only one', async () => {
    const { api, calls } = recording()
    await saveExportFiles(api, files, 'per-document', new Date('2026-12-04T10:00:00Z'))
    await saveExportFiles(api, files.slice(1), 'per-document', new Date('2026-12-04T10:00:00Z'))
    expect(calls.map(({ method }) => method)).toEqual(['saveFiles', 'saveFiles'])
    expect(calls[0]!.request).toEqual({ suggestedName: 'folio-notes-2026-12-04', files })
  })

  it('says there is nothing to export, and asks nothing, when no document has notes', async () => {
    const { api, calls } = recording()
    expect(await saveExportFiles(api, [], 'per-document')).toMatchObject({ ok: false, message: /Rien à exporter/ })
    expect(calls).toEqual([])
  })
})
