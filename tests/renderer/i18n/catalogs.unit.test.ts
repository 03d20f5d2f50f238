// The French and English catalogs say the same things: every key in both, no empty string, the same
// {{placeholders}} on both sides, the same part files, and i18next answering in the language the user picked.

import { afterEach, describe, expect, it } from 'vitest'
import { formatIsoDate } from '../../../src/renderer/src/i18n/format'
import i18next, { DEFAULT_LANGUAGE } from '../../../src/renderer/src/i18n/i18n'
import { en } from '../../../src/renderer/src/i18n/locales/en'
import { fr } from '../../../src/renderer/src/i18n/locales/fr'
import { importRefusalMessage, libraryProblemMessage } from '../../../src/renderer/src/i18n/main-messages'
import type { ImportRefusal } from '../../../src/shared/archive/archive-types'
import type { LikelyEncoding } from '../../../src/shared/archive/text-encoding'

/** Every leaf of a catalog as "a.b.c" → text; a leaf that is not a string is reported as such. */
function flatten(catalog: object, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>()
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'object' && value !== null)
      for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text)
    else leaves.set(path, value)
  }
  return leaves
}

/** The interpolations of a message, "{{count, number}}" counted as "count, number", sorted. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((match) => (match[1] ?? '').replace(/\s*,\s*/g, ', ')).sort()

const refused = (reason: ImportRefusal, message: string, likely?: LikelyEncoding) =>
  ({ ok: false, reason, message, ...(likely ? { likely } : {}) }) as const

const french = flatten(fr)
const english = flatten(en)

afterEach(() => i18next.changeLanguage(DEFAULT_LANGUAGE))

describe('the message catalogs', () => {
  it('give every French key an English message, and have no English key French lacks', () => {
    expect([...french.keys()].filter((key) => !english.has(key))).toEqual([])
    expect([...english.keys()].filter((key) => !french.has(key))).toEqual([])
    expect(french.size).toBeGreaterThan(400)
  })

  it('hold only non-empty strings', () => {
    for (const [language, leaves] of [
      ['fr', french],
      ['en', english]
    ] as const) {
      const bad = [...leaves]
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => `${language}:${key}`)
      expect(bad).toEqual([])
    }
  })

  it('use the same {{placeholders}} for each key in both languages', () => {
    const differing = [...french]
      .filter(
        ([key, text]) => placeholders(String(text)).join('|') !== placeholders(String(english.get(key))).join('|')
      )
      .map(([key]) => key)
    expect(differing).toEqual([])
  })

  it('keep plural forms in the same sets (_zero, _one, _other) in both languages', () => {
    const plurals = (leaves: Map<string, unknown>) =>
      [...leaves.keys()].filter((key) => /_(zero|one|two|few|many|other)$/.test(key)).sort()
    expect(plurals(english)).toEqual(plurals(french))
    for (const key of plurals(french)) expect(french.has(key.replace(/_[a-z]+$/, '_other'))).toBe(true)
  })

  it('name each language in its own words in both catalogs', () => {
    expect(fr.settings.languages).toEqual({ fr: 'Français', en: 'English' })
    expect(en.settings.languages).toEqual({ fr: 'Français', en: 'English' })
  })

  it('write English without French typography (« », a space before : ; ? !)', () => {
    const frenchLooking = [...english].filter(([, text]) => /[«»]|\s[:;?!](\s|$)/.test(String(text)))
    expect(frenchLooking.map(([key]) => key)).toEqual([])
  })
})

/** Each language's part catalogs (locales/<language>/*.ts), by file name: the one catalog each file exports. */
const partFiles = {
  fr: import.meta.glob<Record<string, unknown>>('../../../src/renderer/src/i18n/locales/fr/*.ts', { eager: true }),
  en: import.meta.glob<Record<string, unknown>>('../../../src/renderer/src/i18n/locales/en/*.ts', { eager: true })
}
const fileName = (modulePath: string): string => modulePath.slice(modulePath.lastIndexOf('/') + 1)

function partCatalogs(language: 'fr' | 'en'): Map<string, object> {
  const parts = new Map<string, object>()
  for (const [modulePath, module] of Object.entries(partFiles[language])) {
    const catalogs = Object.values(module).filter(
      (value): value is object => typeof value === 'object' && value !== null
    )
    expect(catalogs, `${language}/${fileName(modulePath)}`).toHaveLength(1)
    parts.set(fileName(modulePath), catalogs[0] as object)
  }
  return parts
}

describe('the catalogs’ files', () => {
  const frenchParts = partCatalogs('fr')
  const englishParts = partCatalogs('en')

  it('are the same part files in both languages, each part used once by its language’s catalog', () => {
    expect([...englishParts.keys()].sort()).toEqual([...frenchParts.keys()].sort())
    expect(frenchParts.size).toBe(Object.keys(fr).length)
  })

  it('give each French part file an English twin with exactly its keys', () => {
    for (const [file, part] of frenchParts) {
      const french = [...flatten(part).keys()].sort()
      const english = [...flatten(englishParts.get(file) ?? {}).keys()].sort()
      expect(english, file).toEqual(french)
      expect(french.length, file).toBeGreaterThan(0)
    }
  })

  it('assemble each language from its parts, one key per part file', () => {
    expect(new Set(Object.values(fr))).toEqual(new Set(frenchParts.values()))
    expect(new Set(Object.values(en))).toEqual(new Set(englishParts.values()))
  })
})

describe('i18next with both catalogs', () => {
  it('answers in French by default and in English after a switch, plurals and dates included', async () => {
    expect(i18next.t('panel.notes')).toBe('Notes')
    expect(i18next.t('search.summary', { count: 2 })).toBe('2 résultats')
    expect(i18next.t('annotations.count_annotations', { count: 0 })).toBe('Aucune annotation')
    expect(`${i18next.t('link.archived')} ${formatIsoDate('2007-03-18')}`).toBe('Date d’archivage 18 mars 2007')

    await i18next.changeLanguage('en')
    expect(i18next.t('panel.bookmarks')).toBe('Bookmarks')
    expect(i18next.t('search.summary', { count: 1 })).toBe('1 result')
    expect(i18next.t('annotations.count_annotations', { count: 0 })).toBe('No annotations')
    expect(`${i18next.t('link.archived')} ${formatIsoDate('2007-03-18')}`).toBe('Archive date March 18, 2007')
    expect(i18next.t('annotations.unfold', { count: 120000 })).toBe('Show the whole note (120,000 characters)')
  })
})

describe('messages from the main process', () => {
  it('are worded from their code in the UI language, main’s French kept only as a detail', async () => {
    await i18next.changeLanguage('en')
    expect(importRefusalMessage(refused('binary', '« x.txt » : Le fichier contient des octets nuls…'))).toBe(
      'This is a binary file, not text: it can’t be added.'
    )
    expect(importRefusalMessage(refused('failed', 'EACCES'))).toBe(
      'The document couldn’t be added; your library is unchanged. (EACCES)'
    )
    expect(importRefusalMessage(refused('canceled', 'Ajout annulé.'))).toBeNull()
    expect(
      libraryProblemMessage({ kind: 'missing', file: 'notes.md', message: 'Le fichier est introuvable.' })
    ).toEqual({
      message: 'Missing file: “notes.md” can’t be opened.',
      detail: null
    })
    expect(
      libraryProblemMessage({ kind: 'invalid-document', file: 'a.txt', message: 'Le fichier est vide.' }).detail
    ).toBe('Le fichier est vide.')
  })

  it('tell of a recovered library as news, with main’s count as the detail, and word a refused FIFO or device', async () => {
    await i18next.changeLanguage('en')
    const notice = {
      kind: 'recovered' as const,
      file: 'library.json',
      message: 'La liste de vos documents était abîmée (le fichier est vide)…'
    }
    expect(libraryProblemMessage(notice)).toEqual({
      message:
        'Library repaired: the list of your documents (“library.json”) was damaged; it was rebuilt from the copies, nothing was deleted.',
      detail: notice.message
    })
    expect(importRefusalMessage(refused('not-a-file', ''))).toBe(
      'This isn’t a regular file (a folder, a pipe or a device): it can’t be added.'
    )
    await i18next.changeLanguage('fr')
    expect(libraryProblemMessage(notice).message).toContain('reconstruite')
  })

  it('still say "binaire" in French, as the library refusal always did', () => {
    expect(importRefusalMessage(refused('binary', ''))).toContain('binaire')
  })

  it('name the encoding a refused text seems to be in, in the UI language, and never call it binary', async () => {
    const windows = refused(
      'not-utf8',
      '« a.txt » : Le fichier n’est pas en UTF-8 : encodage probable Windows-1252.',
      'windows-1252'
    )
    expect(importRefusalMessage(windows)).toBe(
      'Ce fichier n’est pas en UTF-8 : encodage probable Windows-1252. Enregistrez-le en UTF-8, puis réessayez.'
    )
    await i18next.changeLanguage('en')
    expect(importRefusalMessage(windows)).toBe(
      'This file isn’t in UTF-8: its encoding is probably Windows-1252. Save it as UTF-8, then try again.'
    )
    expect(importRefusalMessage(refused('not-utf8', '', 'latin-1'))).toContain('ISO-8859-1 (Latin-1)')
    expect(importRefusalMessage(refused('not-utf8', '', 'utf-16-no-bom'))).not.toMatch(/binary/i)
  })
})
