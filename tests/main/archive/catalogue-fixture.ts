// Shared by the catalogue.folio tests: an archive of COUNT titled documents built by the build command, its
// rows in French title order, temporary folders, and the ways the tests read pages and refusals.

import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { buildArchive } from '../../../src/archive-tool/build-archive'
import type { ArchiveCatalogue } from '../../../src/main/archive/archive-catalogue'
import { ArchiveError } from '../../../src/main/archive/archive-error'
import type { ArchiveRow } from '../../../src/shared/archive/archive-types'
import { titleCollator } from '../../../src/shared/library/title-filter'
import { seedText } from '../../fixtures/archive-files'

const dirs: string[] = []
/** A fresh temporary folder, removed by {@link removeTempDirs}. */
export const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `folio-${name}-`))
  dirs.push(dir)
  return dir
}
/** Removes the folders made by {@link tempDir} (a test file's afterAll). */
export const removeTempDirs = () => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Words the titles are made of: accents, case, ligatures, numbers, CJK, apostrophes. */
export const WORDS = [
  'Traité',
  'traite',
  'Élysée',
  'Œuvre',
  'paix',
  'PAIX',
  'de',
  'la',
  'l’accord',
  'Yalta',
  '中苏',
  '条约'
]
export const wordOf = (index: number) => WORDS[index % WORDS.length] as string

/** Title of document `index`: three or four words and its number, varied enough to sort and filter. */
export const titleOf = (index: number) =>
  [wordOf(index * 7), wordOf(index * 3 + 1), ...(index % 2 ? [wordOf(index + 5)] : []), String(index)].join(' ')

export const COUNT = 240
export const QUERIES = [
  '',
  'tr',
  'TRAITÉ',
  'traite',
  'elysee',
  'oeuvre',
  'œuv',
  '条约',
  '苏',
  'paix 1',
  'de la',
  'l’acc',
  '12',
  'zzz'
]

export interface Built {
  dir: string
  rows: ArchiveRow[]
}

/** A source folder of COUNT seed-bodied articles under titleOf(i), built in place by the build command. */
export async function builtArchive(): Promise<Built> {
  const dir = tempDir('catalogue')
  const [, ...body] = seedText().split('\n')
  const rows: ArchiveRow[] = []
  for (let index = 0; index < COUNT; index++) {
    const id = createHash('sha256').update(`catalogue-${index}`).digest('hex').slice(0, 16)
    const file = `${String(index).padStart(3, '0')}_${id}.txt`
    writeFileSync(join(dir, file), [`${titleOf(index)} - Title ${index}`, ...body].join('\n'))
    rows.push({ id, file, title: titleOf(index) })
  }
  const built = await buildArchive(dir, dir)
  if (!built.ok) throw new Error(built.problems.map((problem) => problem.message).join('\n'))
  rows.sort((a, b) => titleCollator.compare(a.title, b.title))
  return { dir, rows }
}

export async function allRows(catalogue: ArchiveCatalogue, query: string, limit = 37): Promise<ArchiveRow[]> {
  const rows: ArchiveRow[] = []
  for (let offset = 0; ; offset += limit) {
    const page = await catalogue.page({ offset, limit, query })
    rows.push(...page.rows)
    if (page.rows.length < limit) return rows
  }
}

/** A copy of the built archive, for tests that damage it. */
export const copyOf = (dir: string) => {
  const copy = tempDir('copy')
  cpSync(dir, copy, { recursive: true })
  return copy
}

export async function refusal(open: Promise<unknown>): Promise<ArchiveError> {
  const error = await open.then(
    () => null,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ArchiveError)
  return error as ArchiveError
}
