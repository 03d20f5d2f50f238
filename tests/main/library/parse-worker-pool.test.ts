// The parse workers' pool with the real worker (compiled from source): the same documents and refusals as a
// parse on main, main's loop left free while a slow document parses, a parse past its limit stopped and refused.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ParseWorkerPool } from '../../../src/main/library/parse-worker-pool'
import { readUserDocument } from '../../../src/main/library/read-user-document'
import { ArticleParseError } from '../../../src/shared/archive/parse-errors'
import { repoRoot } from '../../fixtures/archive-files'
import parseWorker from '../../../src/main/library/parse-worker?modulePath'
import { looseList, turnsOfTheLoop } from './slow-documents'

const fixture = (name: string) => new Uint8Array(readFileSync(join(repoRoot, 'tests/fixtures', name)))

const pools: ParseWorkerPool[] = []
const pool = (options?: ConstructorParameters<typeof ParseWorkerPool>[1]) => {
  const made = new ParseWorkerPool(parseWorker, options)
  pools.push(made)
  return made
}
afterAll(async () => {
  await Promise.all(pools.map((made) => made.close()))
})

/** What a parse gives, document or refusal, in a form to compare. */
const outcome = (parse: () => Promise<unknown>) =>
  parse().then(
    (document) => ({ document }),
    (error: ArticleParseError) => ({ refused: [error.name, error.problem, error.message, error.likely] })
  )

// Slow documents on purpose, on a shared machine: more time than Vitest's 5 s default.
describe('parsing in worker threads', { timeout: 30_000 }, () => {
  it('gives the very documents and refusals a parse on main gives, as ArticleParseErrors', async () => {
    const parser = pool()
    const cases = [
      [fixture('articles/valmorel.txt'), 'article', 'valmorel.txt'],
      [fixture('library/notes-yalta.md'), 'markdown', 'notes-yalta.md'],
      [fixture('library/plain.txt'), 'text', 'plain.txt'],
      [new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), 'text', 'latin-1.txt'],
      [new Uint8Array([0x00, 0x01, 0x02, 0xff]), 'article', 'binaire.txt'],
      [new TextEncoder().encode('*_'.repeat(20_000)), 'markdown', 'dense.md']
    ] as const
    for (const [bytes, kind, name] of cases) {
      const here = await outcome(async () => readUserDocument(bytes, kind, 'id', name))
      expect(await outcome(() => parser.parse(bytes, kind, 'id', name))).toEqual(here)
    }
    const refusal = await parser.parse(cases[3][0], 'text', 'id', 'latin-1.txt').catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ArticleParseError)
    expect(refusal).toMatchObject({ problem: 'not-utf8' })
  })

  it('leaves the caller its bytes, a Buffer as read from a file included', async () => {
    const parser = pool()
    const file = readFileSync(join(repoRoot, 'tests/fixtures/articles/valmorel.txt'))
    const before = Buffer.from(file)
    await parser.parse(file, 'article', 'v', 'valmorel.txt')
    await parser.parse(file, 'article', 'v', 'valmorel.txt')
    expect(file.equals(before)).toBe(true)
  })

  it('starts a worker only when asked, and reuses it', async () => {
    const parser = pool()
    expect(parser.workers).toBe(0)
    await parser.parse(fixture('articles/valmorel.txt'), 'article', 'a', 'valmorel.txt')
    await parser.parse(fixture('library/notes-yalta.md'), 'markdown', 'b', 'notes-yalta.md')
    expect(parser.workers).toBe(1)
  })

  it('leaves main’s event loop turning while a slow document parses (a parse on main stops it)', async () => {
    const slow = looseList(80_000)
    const inWorker = await turnsOfTheLoop(() => pool().parse(slow, 'markdown', 's', 'liste.md'))
    const onMain = await turnsOfTheLoop(async () => readUserDocument(slow, 'markdown', 's', 'liste.md'))
    if (process.env.FOLIO_SHOW_RATIOS) console.log({ inWorker, onMain })
    // As often as when idle (1) in the worker; next to never on main, which is what the worker saves.
    expect(inWorker.ratio).toBeGreaterThan(0.5)
    expect(onMain.ratio).toBeLessThan(0.2)
  })

  it('stops a parse past its limit, refuses the document as too complex, and parses the next in a new worker', async () => {
    const slow = looseList(80_000)
    // The limit for this document's size is far below its parse (ordinary but slow Markdown) and the parse budget.
    const parser = pool({ timeLimit: (bytes) => (bytes >= slow.byteLength ? 50 : 30_000) })
    const refusal = await parser.parse(slow, 'markdown', 's', 'liste.md').catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ArticleParseError)
    expect(refusal).toMatchObject({ problem: 'too-complex' })
    // The worker was terminated, not left running.
    expect(parser.workers).toBe(0)
    const next = await parser.parse(fixture('articles/valmorel.txt'), 'article', 'v', 'valmorel.txt')
    expect(next.title).toBe('Accord de Valmorel sur la navigation fluviale')
    // With the app's limit (its size's allowance), the same document is read.
    await expect(pool().parse(slow, 'markdown', 's', 'liste.md')).resolves.toMatchObject({ title: 'Liste' })
  })

  it('answers a quick document while a slow one holds the other worker', async () => {
    const parser = pool({ size: 2 })
    const order: string[] = []
    // Parsed or refused as too complex (its time allowance is a time, and a loaded machine may run it out): last.
    const slowDone = () => order.push('slow')
    const slow = parser.parse(looseList(120_000), 'markdown', 's', 'liste.md').then(slowDone, slowDone)
    const quick = parser.parse(fixture('articles/valmorel.txt'), 'article', 'q', 'valmorel.txt')
    await quick.then(() => order.push('quick'))
    await slow
    expect(order).toEqual(['quick', 'slow'])
    expect(parser.workers).toBe(2)
  })

  it('refuses what is still waiting when it closes', async () => {
    const parser = pool({ size: 1 })
    const running = parser.parse(looseList(80_000), 'markdown', 's', 'liste.md').catch((error: Error) => error)
    const waiting = parser
      .parse(fixture('articles/valmorel.txt'), 'article', 'q', 'valmorel.txt')
      .catch((e: Error) => e)
    await parser.close()
    expect(await waiting).toMatchObject({ message: expect.stringMatching(/ne sont plus lus/) })
    expect(await running).toBeInstanceOf(Error)
    expect(parser.workers).toBe(0)
  })
})
