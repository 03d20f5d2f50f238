// What main reports, worded by the renderer: a failure is said once — the catalog says what failed and what
// is left, main's detail (the cause only: user-library-failures.test.ts) is added in parentheses.

import { afterEach, describe, expect, it } from 'vitest'
import i18next, { DEFAULT_LANGUAGE } from '../../../src/renderer/src/i18n/i18n'
import { importRefusalMessage } from '../../../src/renderer/src/i18n/main-messages'

afterEach(() => i18next.changeLanguage(DEFAULT_LANGUAGE))
const times = (text: string, words: RegExp) => text.match(new RegExp(words, 'gi'))?.length ?? 0
const CAUSE = "ENOTDIR: not a directory, mkdir '/home/x/library'"

describe('a failure main reports, in the renderer’s words', () => {
  it('says once that an add failed, with the system’s cause, in French and in English', async () => {
    const french = importRefusalMessage({ ok: false, reason: 'failed', message: CAUSE }) ?? ''
    expect(french).toBe(`L’ajout a échoué ; la bibliothèque est inchangée. (${CAUSE})`)
    await i18next.changeLanguage('en')
    expect(importRefusalMessage({ ok: false, reason: 'failed', message: CAUSE })).toBe(
      `The document couldn’t be added; your library is unchanged. (${CAUSE})`
    )
  })

  it('says once that a removal failed, and once that a document could not be put back', () => {
    const removal = i18next.t('libraryRemoval.failed', { title: 'Valmorel', detail: CAUSE })
    expect(times(removal, /retir|retrait/)).toBe(1)
    const back = i18next.t('libraryRemoval.notRestored', { detail: `« valmorel.txt » : ${CAUSE}` })
    expect(times(back, /remis/)).toBe(1)
  })
})
