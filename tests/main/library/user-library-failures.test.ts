// What main says when adding, removing or putting back a document fails: only the cause (the system's error,
// and the file when it helps). The renderer's catalog says what failed and what is left, so nothing is said twice.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentParser } from '../../../src/main/library/document-parser'
import { readUserDocument } from '../../../src/main/library/read-user-document'
import { UserLibrary } from '../../../src/main/library/user-library'
import { repoRoot } from '../../fixtures/archive-files'

const dirs: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-failures-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
/** Parses on this thread (the app uses the worker pool; what is said about failures is the same). */
const parseHere: DocumentParser = async (...args) => readUserDocument(...args)
const article = join(repoRoot, 'tests/fixtures/articles/valmorel.txt')
/** The words the renderer's catalog already says around main's detail. */
const CATALOG_WORDS = /échou|inchangé|retir|retrait|remis|n’a pas pu/i

describe('a failure main reports', () => {
  it('gives only the system’s cause when an add fails', async () => {
    // The library's folder is a file: main cannot write into it.
    const blocked = join(temp(), 'library')
    writeFileSync(blocked, '')
    const result = await new UserLibrary(blocked, parseHere).add(article)
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringMatching(/ENOTDIR|EEXIST/) })
    expect(!result.ok && result.message).not.toMatch(CATALOG_WORDS)
  })

  it('gives only the cause when a removal fails, and the file and the cause when putting it back fails', async () => {
    const dir = temp()
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(article)
    if (!added.ok) throw new Error(added.message)
    // The trash folder is a file: the removal cannot keep the document there, so it stops before anything moves.
    writeFileSync(join(dir, 'removed'), '')
    const removed = await library.remove(added.entry.id)
    expect(removed).toMatchObject({ ok: false, message: expect.stringMatching(/ENOTDIR|EEXIST/) })
    expect(!removed.ok && removed.message).not.toMatch(CATALOG_WORDS)
  })
})
