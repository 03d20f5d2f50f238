// The catalogue of an archive that carries only its manifest (one not built with a catalogue.folio): every
// document read, verified and parsed once, when it opens (load-archive.ts), and its rows served from memory.

import { createHash } from 'node:crypto'
import type {
  ArchiveDocumentEntry,
  ArchiveLoadResult,
  ArchiveRow,
  DamagedArchiveDocument
} from '../../shared/archive/archive-types'
import { createTitleIndex } from '../../shared/library/title-filter'
import type { ArchiveCatalogue } from './archive-catalogue'
import { pageWindow } from './catalogue-format'

/** The archive's stable id: its name and its documents' ids, wherever its folder is. */
export function archiveIdOf(name: string, ids: readonly string[]): string {
  const hash = createHash('sha256').update(name).update('\0')
  for (const id of [...ids].sort()) hash.update(id).update('\n')
  return hash.digest('hex').slice(0, 32)
}

type Loaded = Extract<ArchiveLoadResult, { ok: true }>

/** A catalogue over `loaded`, the archive read whole from `root`. */
export function memoryCatalogue(root: string, loaded: Loaded): ArchiveCatalogue {
  const { archive, damaged } = loaded
  const entries = new Map<string, ArchiveDocumentEntry>(archive.documents.map((entry) => [entry.id, entry]))
  const broken = new Map<string, DamagedArchiveDocument>(damaged.map((item) => [item.id, item]))
  const rows: ArchiveRow[] = [
    ...archive.documents.map(({ id, file, document }) => ({ id, file, title: document.title })),
    ...damaged.map(({ id, file, title, problem }) => ({ id, file, title, problem }))
  ]
  const titles = createTitleIndex(rows, (row) => row.title)
  const byId = new Map(rows.map((row) => [row.id, row]))
  return {
    info: {
      id: archiveIdOf(archive.name, [...byId.keys()]),
      name: archive.name,
      description: archive.description,
      count: rows.length
    },
    root,
    async page({ offset, limit, query, locate }) {
      const matching = titles.filter(query ?? '')
      const { start, end } = pageWindow(offset, limit, matching.length)
      const located = locate === undefined ? {} : { located: matching.findIndex((row) => row.id === locate) }
      return { total: matching.length, offset: start, rows: matching.slice(start, end), ...located }
    },
    async row(id) {
      return byId.get(id)
    },
    async read(id) {
      const entry = entries.get(id)
      if (entry) return { ok: true, entry }
      const item = broken.get(id) ?? {
        id,
        file: id,
        title: id,
        problem: { kind: 'missing', file: id, message: 'L’archive ne liste pas ce document.' }
      }
      return { ok: false, damaged: item }
    },
    async close() {}
  }
}
