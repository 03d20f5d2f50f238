// A child process of the archive-scale benchmark: main's archive services alone (catalogue and full-text index of
// one archive), used as the app uses them (pages, the title filter, documents read, searches), then its resident
// memory printed as JSON: what the archive costs main's process, without the benchmark's own browser driver.

import { openArchiveSearch } from '../../src/main/archive/open-archive-search'
import { openCatalogue } from '../../src/main/archive/open-catalogue'

const MiB = 2 ** 20

async function run(dir: string): Promise<void> {
  const catalogue = await openCatalogue(dir)
  const search = await openArchiveSearch(dir)
  const { count } = catalogue.info
  for (const query of ['t', 'traité', 'traité numéro', `traité numéro ${count - 1}`])
    await catalogue.page({ offset: 0, limit: 100, query, verify: true })
  for (let i = 0; i < 20; i++) {
    const { rows } = await catalogue.page({ offset: Math.floor((i * count) / 20), limit: 100, verify: true })
    if (rows[0]) await catalogue.read(rows[0].id)
  }
  for (const query of ['traité sino', 'deng xiao', 'mandchourie', 'zhōng', '条约', `repere${count - 1}x`])
    await search?.search(query)
  globalThis.gc?.()
  process.stdout.write(`${JSON.stringify({ rssMiB: process.memoryUsage().rss / MiB, indexed: search !== null })}\n`)
  await search?.close()
  await catalogue.close()
}

const [dir] = process.argv.slice(2)
if (!dir) {
  process.stderr.write('usage: main-memory-child <archive folder>\n')
  process.exitCode = 2
} else
  run(dir).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  })
