// A store's refusal in words, said at the UI edge: every code has its sentence, numbers written the French way,
// and the words are the ones the stores used to say themselves (the E2E tests assert them as they are).

import { describe, expect, it } from 'vitest'
import { UrlRefusedError } from '../../../src/renderer/src/db/bookmarks-store'
import { toWriteError, WriteError, type WriteErrorCode } from '../../../src/renderer/src/db/write-error'
import i18next from '../../../src/renderer/src/i18n/i18n'
import { errorText } from '../../../src/renderer/src/layout/write-error-text'

const CODES: WriteErrorCode[] = [
  'quota',
  'unavailable',
  'failed',
  'annotation-note-too-long',
  'annotation-quote-too-long',
  'annotation-tag-too-long',
  'annotation-too-many-tags',
  'annotation-color',
  'annotation-gone',
  'bookmark-note-too-long',
  'bookmark-tag-too-long',
  'bookmark-too-many-tags',
  'bookmark-kind',
  'bookmark-target',
  'bookmark-document-target',
  'bookmark-gone'
]

describe('errorText', () => {
  it('has a sentence for every code, never the code itself', () => {
    for (const code of CODES) {
      const text = errorText(new WriteError(code, { max: 5, length: 6, color: 'noir', kind: 'x', detail: 'd' }))
      expect(text, code).not.toBe(code)
      expect(text, code).not.toMatch(/\{\{|errors\./)
    }
  })

  it('writes a note’s length and limit as French numbers, and a tag limit as it is', () => {
    expect(i18next.language).toBe('fr')
    expect(errorText(new WriteError('bookmark-note-too-long', { length: 100_001, max: 100_000 }))).toBe(
      'La note fait 100\u202f001 caractères ; la limite est de 100\u202f000. Votre texte est conservé dans l’éditeur.'
    )
    expect(errorText(new WriteError('annotation-too-many-tags', { max: 50 }))).toBe(
      'Pas plus de 50 étiquettes par annotation.'
    )
  })

  it('says why a URL was refused, naming its scheme', () => {
    expect(errorText(new UrlRefusedError('scheme', 'ftp:'))).toBe(
      'Les adresses « ftp: » sont refusées : seules les adresses http:// et https:// sont acceptées.'
    )
    expect(errorText(new UrlRefusedError('too-long', ''))).toBe(
      'Cette adresse est trop longue (plus de 4096 caractères).'
    )
  })

  it('says a database failure with its own words kept, and any other error by its message', () => {
    const failed = toWriteError(new Error('disque indisponible'))
    expect(failed.failure).toBe('failed')
    expect(errorText(failed)).toBe(
      'L’enregistrement a échoué (disque indisponible). Votre texte est conservé dans l’éditeur.'
    )
    const quota = toWriteError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))
    expect(quota.failure).toBe('quota')
    expect(errorText(quota)).toMatch(/^Espace disque insuffisant/)
    expect(errorText(new Error('autre chose'))).toBe('autre chose')
  })
})
