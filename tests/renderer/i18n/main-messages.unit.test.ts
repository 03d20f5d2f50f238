// What main reports, worded by the renderer: a failure is said once — the catalog says what failed and what
// is left, main's detail adds only the cause (the system's error), never the same sentence again.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentParser } from '../../../src/main/library/document-parser'
import { readUserDocument } from '../../../src/main/library/read-user-document'
import { UserLibrary } from '../../../src/main/library/user-library'
import i18next, { DEFAULT_LANGUAGE } from '../../../src/renderer/src/i18n/i18n'
import { importRefusalMessage } from '../../../src/renderer/src/i18n/main-messages'
import { repoRoot } from '../../fixtures/archive-files'

const dirs: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-words-'))
  dirs.push(dir)
  return dir
}
afterEach(async () => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }))
  await i18next.changeLanguage(DEFAULT_LANGUAGE)
})
/** Parses on this thread (the app uses the worker pool; what is said about failures is the same). */
const parseHere: DocumentParser = async (...args) => readUserDocument(...args)
const article = join(repoRoot, 'tests/fixtures/articles/valmorel.txt')
const times = (text: string, words: RegExp) => text.match(new RegExp(words, 'gi'))?.length ?? 0

describe('a failure main reports, in the renderer’s words', () => {
  it('says once that an add failed, with the system’s cause, in French and in English', async () => {
    // The library's folder is a file: main cannot write into it.
    const blocked = join(temp(), 'library')
    writeFileSync(blocked, '')
    const result = await new UserLibrary(blocked, parseHere).add(article)
    if (result.ok) throw new Error('expected a failure')
    const french = importRefusalMessage(result) ?? ''
    expect(french).toMatch(/^L’ajout a échoué ; la bibliothèque est inchangée\. \(.*(ENOTDIR|EEXIST).*\)$/)
    expect(times(french, /a échoué/)).toBe(1)
    expect(times(french, /inchangée/)).toBe(1)
    await i18next.changeLanguage('en')
    expect(importRefusalMessage(result)).toMatch(
      /^The document couldn’t be added; your library is unchanged\. \(.*(ENOTDIR|EEXIST)/
    )
  })

  it('says once that a removal failed, and once that a document could not be put back', async () => {
    const dir = temp()
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(article)
    if (!added.ok) throw new Error(added.message)
    // The trash folder is a file: the removal cannot keep the document there, so it stops before anything moves.
    writeFileSync(join(dir, 'removed'), '')
    const removed = await library.remove(added.entry.id)
    if (removed.ok) throw new Error('expected a failure')
    const title = added.entry.document.title
    const words = i18next.t('libraryRemoval.failed', { title, detail: removed.message })
    expect(words).toMatch(/n’a pas été retiré ; la bibliothèque et vos notes sont inchangées\. \(.*(ENOTDIR|EEXIST)/)
    expect(times(words, /retir/)).toBe(1)
    expect(times(words, /échoué/)).toBe(0)

    const restored = await library.restore('0000000000000000')
    if (restored.ok) throw new Error('expected a failure')
    const back = i18next.t('libraryRemoval.notRestored', { detail: restored.message })
    expect(times(back, /pas pu être remis/)).toBe(1)
  })
})
