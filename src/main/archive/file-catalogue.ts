// The catalogue of an archive built with a catalogue.folio (catalogue-format.ts): opening reads its header
// only; pages, rows by id and the title filter read ranges of it; a document is read and verified when asked for.

import { constants } from 'node:fs'
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveProblem, ArchiveRow } from '../../shared/archive/archive-types'
import { mapLimited } from '../files/map-limited'
import type { ArchiveCatalogue } from './archive-catalogue'
import { ArchiveError, fileError } from './archive-error'
import { CATALOGUE_FILE, pageWindow, type CatalogueEntry } from './catalogue-format'
import { readHeader, type CatalogueFile } from './catalogue-header'
import { catalogueIds } from './catalogue-ids'
import { catalogueRows } from './catalogue-rows'
import { readTitleKeys } from './catalogue-title-keys'
import { readArchiveDocument, verifyArchiveDocument } from './read-archive-document'
import type { TitleKeyFilter } from './title-key-filter'

/** Files checked at once when a page is verified. */
const VERIFY_CONCURRENCY = 8

// O_NONBLOCK: a FIFO put in the catalogue's place opens at once instead of waiting for a writer (no hang).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

const notAFile = () =>
  new ArchiveError({ kind: 'unreadable', file: CATALOGUE_FILE, message: 'Ce n’est pas un fichier ordinaire.' })

/** Opens `dir`'s catalogue.folio. @throws ArchiveError (file 'catalogue.folio') when it is missing or damaged. */
export async function openFileCatalogue(dir: string): Promise<ArchiveCatalogue> {
  let root: string
  let handle: FileHandle
  try {
    root = await realpath(dir)
    const path = join(root, CATALOGUE_FILE)
    // A link, a folder or a FIFO in its place is refused before it is opened (and again once it is).
    if (!(await lstat(path)).isFile()) throw notAFile()
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    throw error instanceof ArchiveError ? error : fileError(CATALOGUE_FILE, error)
  }
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) throw notAFile()
    return fileCatalogue(root, { handle, ...(await readHeader(handle, opened.size)) })
  } catch (error) {
    await handle.close()
    throw error instanceof ArchiveError ? error : fileError(CATALOGUE_FILE, error)
  }
}

function fileCatalogue(root: string, file: CatalogueFile): ArchiveCatalogue {
  const { handle, header } = file
  const { count } = header
  const rows = catalogueRows(file)
  const { entryOf, locatedIn } = catalogueIds(file, rows)
  /** Problems found reading documents, by id: their rows carry them from then on. */
  const problems = new Map<string, ArchiveProblem>()
  let filter: Promise<TitleKeyFilter> | null = null

  /** Ids whose file was checked and matched (a document read is checked too). */
  const verified = new Set<string>()
  /** Checks one row's file once: a problem is remembered as its row's. */
  const check = async (entry: CatalogueEntry): Promise<void> => {
    if (verified.has(entry.id) || problems.has(entry.id)) return
    try {
      await verifyArchiveDocument(root, entry)
      verified.add(entry.id)
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error
      problems.set(entry.id, error.problem)
    }
  }

  const rowOf = (entry: CatalogueEntry): ArchiveRow => {
    const problem = problems.get(entry.id)
    // A damaged document goes by its file's name: the title listed was the text's, which is no longer what is there.
    return problem
      ? { id: entry.id, file: entry.file, title: entry.file, problem }
      : { id: entry.id, file: entry.file, title: entry.title }
  }

  let closed: Promise<void> | null = null
  return {
    info: { id: header.id, name: header.name, description: header.description, count },
    root,
    async page({ offset, limit, query, locate, verify }) {
      let positions: Uint32Array | null = null
      if (query) {
        const loading = (filter ??= readTitleKeys(file))
        loading.catch(() => (filter = null))
        positions = (await loading).filter(query)
      }
      const total = positions ? positions.length : count
      const located = locate === undefined ? {} : { located: await locatedIn(positions, locate) }
      const { start, end } = pageWindow(offset, limit, total)
      if (start === end) return { total, offset: start, rows: [], ...located }
      const entries = positions
        ? await rows.readRows(positions.subarray(start, end))
        : await rows.readRun(start, end - 1)
      if (verify) await mapLimited(entries, VERIFY_CONCURRENCY, check)
      const unverified = entries.some((entry) => !verified.has(entry.id) && !problems.has(entry.id))
      return { total, offset: start, rows: entries.map(rowOf), ...located, ...(unverified ? { unverified } : {}) }
    },
    async row(id) {
      const entry = await entryOf(id)
      return entry && rowOf(entry)
    },
    async read(id) {
      let entry: CatalogueEntry | undefined
      try {
        entry = await entryOf(id)
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error
        return { ok: false, damaged: { id, file: CATALOGUE_FILE, title: id, problem: error.problem } }
      }
      if (!entry) {
        const problem: ArchiveProblem = { kind: 'missing', file: id, message: 'L’archive ne liste pas ce document.' }
        return { ok: false, damaged: { id, file: id, title: id, problem } }
      }
      try {
        const read = await readArchiveDocument(root, entry)
        problems.delete(id)
        verified.add(id)
        return { ok: true, entry: read }
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error
        problems.set(id, error.problem)
        verified.delete(id)
        return { ok: false, damaged: { id, file: entry.file, title: entry.file, problem: error.problem } }
      }
    },
    close: () => (closed ??= handle.close())
  }
}
