// The menu's accelerators (shared/desktop) checked against the renderer's own shortcuts help: it lives with
// the renderer's tests because it reads the renderer's catalogs (it runs in Node, as a unit test).
import { describe, expect, it } from 'vitest'
import { ACCELERATORS, acceleratorOf } from '../../../src/shared/desktop/accelerators'
import { isMenuAction } from '../../../src/shared/desktop/menu-actions'
import { shortcutsEn } from '../../../src/renderer/src/i18n/locales/en/shortcuts'
import { shortcutsFr } from '../../../src/renderer/src/i18n/locales/fr/shortcuts'

const HELP = { fr: shortcutsFr.keys, en: shortcutsEn.keys } as const

/** Key names as the shortcuts help writes them in each language. */
const KEY_WORDS: Record<'fr' | 'en', Record<string, string>> = {
  fr: { CmdOrCtrl: 'Ctrl', Shift: 'Maj', Plus: 'plus', '-': 'moins' },
  en: { CmdOrCtrl: 'Ctrl', Shift: 'Shift', Plus: 'plus', '-': 'minus' }
}

/** An Electron accelerator written as the help writes keys ("CmdOrCtrl+Shift+L" → "Ctrl+Maj+L"). */
const helpText = (accelerator: string, language: 'fr' | 'en') =>
  accelerator
    .split('+')
    .map((key) => KEY_WORDS[language][key] ?? key)
    .join('+')

describe('the menu’s accelerators', () => {
  it.each(['fr', 'en'] as const)('are the keys the shortcuts help shows in %s', (language) => {
    for (const [action, { accelerator, row }] of Object.entries(ACCELERATORS)) {
      const shown = HELP[language][row].split(' / ')
      expect(shown, `${action}: ${accelerator}`).toContain(helpText(accelerator, language))
    }
  })

  it('name Ctrl+K for the search and Ctrl+Maj+L for the library, as the French help does', () => {
    expect(helpText(acceleratorOf('search')!, 'fr')).toBe('Ctrl+K')
    expect(helpText(acceleratorOf('toggleLibrary')!, 'fr')).toBe('Ctrl+Maj+L')
  })

  it('give each zoom key of the help (plus, minus, 0) to one zoom action', () => {
    const zoomKeys = ['zoomIn', 'zoomOut', 'zoomReset'].map((action) => helpText(acceleratorOf(action as never)!, 'en'))
    expect(zoomKeys).toEqual(shortcutsEn.keys.zoom.split(' / '))
  })

  it('belong to actions of the menu, and no two actions share a key', () => {
    expect(Object.keys(ACCELERATORS).every(isMenuAction)).toBe(true)
    const keys = Object.values(ACCELERATORS).map((entry) => entry.accelerator)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('leave actions the app has no shortcut for without one (the help lists no key for them)', () => {
    expect(acceleratorOf('nextSection')).toBeUndefined()
    expect(acceleratorOf('shortcuts')).toBeUndefined()
  })
})

describe('the menu’s actions', () => {
  it('accept only the listed actions', () => {
    expect(isMenuAction('print')).toBe(true)
    expect(isMenuAction('theme-sepia')).toBe(true)
    for (const value of ['toggleDevTools', '', 'PRINT', 42, null, { action: 'print' }])
      expect(isMenuAction(value)).toBe(false)
  })
})
