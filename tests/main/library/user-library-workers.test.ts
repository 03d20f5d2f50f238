// The library with its documents parsed in the real workers: a document too slow to read is refused at add,
// named at listing without holding the others back, and never stops main's event loop.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { DocumentParser } from '../../../src/main/library/document-parser'
import { ParseWorkerPool } from '../../../src/main/library/parse-worker-pool'
import { UserLibrary } from '../../../src/main/library/user-library'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { TOO_COMPLEX_MESSAGE } from '../../../src/shared/archive/parse-budget'
import { repoRoot } from '../../fixtures/archive-files'
import { listAll } from './list-all'
import { parseHere } from './parse-here'
import parseWorker from '../../../src/main/library/parse-worker?modulePath'
import { looseList, turnsOfTheLoop } from './slow-documents'

const SLOW_BYTES = 60_000
const dirs: string[] = []
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}
const pools: ParseWorkerPool[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()))
})

/** Real workers; the slow document (and only it) gets a limit far below its parse when `limitSlow` is set. */
function workers(limitSlow = false): ParseWorkerPool {
  const timeLimit = limitSlow ? (bytes: number) => (bytes >= SLOW_BYTES ? 100 : 30_000) : undefined
  const pool = new ParseWorkerPool(parseWorker, { timeLimit })
  pools.push(pool)
  return pool
}

const fixture = (name: string) => join(repoRoot, 'tests/fixtures', name)
const slowFile = () => {
  const path = join(temp('folio-src-'), 'lente.md')
  writeFileSync(path, looseList(SLOW_BYTES))
  return path
}
/** Takes any file in (as an earlier, more patient Folio did): the library to list is made with it. */
const acceptAll: DocumentParser = async (_bytes, _kind, id) => parseArticle('Accepté\n\nTexte.', { id })

/** A library of an article, a slow Markdown document and a Markdown note, in that order. */
async function libraryWithSlowDocument(): Promise<{ dir: string; ids: string[] }> {
  const dir = temp('folio-lib-')
  const maker = new UserLibrary(dir, acceptAll)
  const ids: string[] = []
  for (const path of [fixture('articles/valmorel.txt'), slowFile(), fixture('library/notes-yalta.md')]) {
    const added = await maker.add(path)
    if (!added.ok) throw new Error(added.message)
    ids.push(added.entry.id)
  }
  return { dir, ids }
}

// Slow documents on purpose, on a shared machine: more time than Vitest's 5 s default.
describe('the library, parsed in worker threads', { timeout: 30_000 }, () => {
  it('lists the others while a slow document parses, names the slow one as too complex, and never parses it again', async () => {
    const { dir, ids } = await libraryWithSlowDocument()
    const pool = workers(true)
    let parses = 0
    const library = new UserLibrary(dir, (...args) => (parses++, pool.parse(...args)))
    const order: string[] = []
    const listing = listAll(library).then((result) => (order.push('list'), result))
    const note = library.document(ids[2]!).then((entry) => (order.push('note'), entry))
    expect((await note)?.document.title).toBe('Notes de lecture sur Yalta')
    const { documents, problems } = await listing
    // The note came back while the slow document still held its worker; the listing waited for its refusal.
    expect(order).toEqual(['note', 'list'])
    expect(documents.map((entry) => entry.document.title)).toEqual([
      'Accord de Valmorel sur la navigation fluviale',
      'Notes de lecture sur Yalta'
    ])
    expect(problems).toEqual([{ kind: 'invalid-document', file: 'lente.md', message: TOO_COMPLEX_MESSAGE }])
    expect(parses).toBe(3)
    // Listed again: the parses and the refusal are remembered, nothing is parsed.
    expect(await listAll(library)).toEqual({ documents, problems })
    expect(parses).toBe(3)
  })

  it('refuses at add a document too slow to read, as too complex, and leaves the library as it was', async () => {
    const library = new UserLibrary(temp('folio-lib-'), workers(true).parse)
    expect(await library.add(slowFile())).toMatchObject({
      ok: false,
      reason: 'too-complex',
      message: `« lente.md » : ${TOO_COMPLEX_MESSAGE}`
    })
    expect(await listAll(library)).toEqual({ documents: [], problems: [] })
    expect(await library.add(fixture('articles/valmorel.txt'))).toMatchObject({ ok: true })
  })

  it('keeps main’s event loop turning while it lists a slow document (parsed on main, the loop stops)', async () => {
    const { dir } = await libraryWithSlowDocument()
    let listed: Awaited<ReturnType<typeof listAll>> | null = null
    const inWorkers = await turnsOfTheLoop(async () => (listed = await listAll(new UserLibrary(dir, workers().parse))))
    const onMain = await turnsOfTheLoop(() => listAll(new UserLibrary(dir, parseHere)))
    if (process.env.FOLIO_SHOW_RATIOS) console.log({ inWorkers, onMain })
    expect(inWorkers.ratio).toBeGreaterThan(0.5)
    expect(onMain.ratio).toBeLessThan(0.2)
    // Read in full, with the app's limit: nothing refused.
    expect(listed).toMatchObject({ problems: [] })
    expect(listed!.documents.map((entry) => entry.document.title)).toContain('Liste')
  })
})
