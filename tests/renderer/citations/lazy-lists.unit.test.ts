// What the renderer offers without loading citation-js: the citation styles and reference export formats it
// lists (each with its label in the catalog), and the bookmark shortcut.

import { describe, expect, it } from 'vitest'
import { EXPORT_FORMAT_IDS } from '../../../src/shared/citations/export-format-list'
import { CITATION_STYLE_IDS, DEFAULT_SETTINGS } from '../../../src/shared/settings/settings'
import { isBookmarkShortcut } from '../../../src/renderer/src/bookmarks/use-bookmark-shortcut'
import { fr } from '../../../src/renderer/src/i18n/locales/fr'

describe('lists the renderer offers beside the lazily loaded citation code', () => {
  it('offers the citation styles, Chicago author-date first and by default, each named in the catalog', () => {
    expect(CITATION_STYLE_IDS[0]).toBe('chicago-author-date')
    expect(DEFAULT_SETTINGS.citationStyle).toBe('chicago-author-date')
    expect(Object.keys(fr.citations.styles)).toEqual([...CITATION_STYLE_IDS])
  })

  it('offers BibTeX, RIS and CSL-JSON in that order, each named in the catalog', () => {
    expect(EXPORT_FORMAT_IDS).toEqual(['bibtex', 'ris', 'csl-json'])
    expect(Object.keys(fr.citations.formats).sort()).toEqual([...EXPORT_FORMAT_IDS].sort())
  })
})

describe('the bookmark shortcut', () => {
  const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods
  })

  it('is Ctrl+D, or ⌘D on macOS, with or without Shift (D or d)', () => {
    expect(isBookmarkShortcut(key('d', { ctrlKey: true }))).toBe(true)
    expect(isBookmarkShortcut(key('D', { ctrlKey: true }))).toBe(true)
    expect(isBookmarkShortcut(key('d', { metaKey: true }))).toBe(true)
  })

  it('is not plain D, Alt+Ctrl+D (AltGr on some layouts) or another letter', () => {
    expect(isBookmarkShortcut(key('d'))).toBe(false)
    expect(isBookmarkShortcut(key('d', { ctrlKey: true, altKey: true }))).toBe(false)
    expect(isBookmarkShortcut(key('s', { ctrlKey: true }))).toBe(false)
  })
})
