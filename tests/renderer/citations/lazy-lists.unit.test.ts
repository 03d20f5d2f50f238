// The renderer and the settings keep their own copies of the citation style and export format ids so that the initial
// bundle never loads citation-js; these tests keep the copies equal to the citation modules' lists.

import { describe, expect, it } from 'vitest'
import { CITATION_STYLES, DEFAULT_CITATION_STYLE } from '../../../src/shared/citations/citation-styles'
import { EXPORT_FORMATS } from '../../../src/shared/citations/export-formats'
import { CITATION_STYLE_IDS, DEFAULT_SETTINGS } from '../../../src/shared/settings/settings'
import { EXPORT_FORMAT_IDS } from '../../../src/renderer/src/references/save-references'
import { isBookmarkShortcut } from '../../../src/renderer/src/bookmarks/use-bookmark-shortcut'
import { fr } from '../../../src/renderer/src/i18n/locales/fr'

describe('lists the renderer keeps beside the lazily loaded citation code', () => {
  it('offers exactly the citation styles, Chicago author-date first and by default', () => {
    expect(CITATION_STYLE_IDS).toEqual(CITATION_STYLES.map((style) => style.id))
    expect(DEFAULT_SETTINGS.citationStyle).toBe(DEFAULT_CITATION_STYLE)
    expect(Object.keys(fr.citations.styles)).toEqual([...CITATION_STYLE_IDS])
  })

  it('offers exactly the export formats, each with a label in the catalog', () => {
    expect([...EXPORT_FORMAT_IDS].sort()).toEqual(Object.keys(EXPORT_FORMATS).sort())
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
