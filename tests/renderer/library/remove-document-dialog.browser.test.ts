// The removal dialog counts the user's notes on the document in words: plural forms and zero said as words,
// never "Vos 1 annotation et 0 signet".

import { afterEach, describe, expect, it } from 'vitest'
import i18next, { DEFAULT_LANGUAGE } from '../../../src/renderer/src/i18n/i18n'
import { dataOnDocument } from '../../../src/renderer/src/library/remove-document-dialog'

afterEach(() => i18next.changeLanguage(DEFAULT_LANGUAGE))
const said = (annotations: number, bookmarks: number) => dataOnDocument(i18next.t, { annotations, bookmarks })

describe('what the removal dialog says about the notes on a document', () => {
  it('uses one, many and zero forms in French', () => {
    expect(said(1, 0)).toBe('Votre annotation et aucun signet sur ce document :')
    expect(said(0, 1)).toBe('Aucune annotation et votre signet sur ce document :')
    expect(said(3, 2)).toBe('Vos 3 annotations et vos 2 signets sur ce document :')
  })

  it('and in English', async () => {
    await i18next.changeLanguage('en')
    expect(said(1, 0)).toBe('Your annotation and no bookmarks on this document:')
    expect(said(2, 1)).toBe('Your 2 annotations and your bookmark on this document:')
  })
})
