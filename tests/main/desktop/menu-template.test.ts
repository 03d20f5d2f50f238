import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuOptions } from '../../../src/main/desktop/menu-template'
import { acceleratorOf } from '../../../src/shared/desktop/accelerators'
import { isMenuAction, MENU_ACTIONS, type MenuAction } from '../../../src/shared/desktop/menu-actions'

const PLATFORMS = ['linux', 'win32', 'darwin'] as const

/** Every item of the template, submenus included, top-level menus first. */
const items = (menu: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])

const template = (options: Partial<MenuOptions> = {}) =>
  menuTemplate({ platform: 'linux', language: 'fr', dev: false, send: vi.fn(), ...options })

/** Clicks every item that has a click, and returns what the menu sent. */
function clickAll(menu: MenuItemConstructorOptions[], send: ReturnType<typeof vi.fn>): unknown[] {
  for (const item of items(menu)) item.click?.({} as never, undefined, {} as never)
  return send.mock.calls.map(([action]) => action)
}

describe('the application menu', () => {
  it.each(PLATFORMS.flatMap((platform) => [true, false].map((dev) => [platform, dev] as const)))(
    'on %s (dev %s), names every item in French and in English',
    (platform, dev) => {
      const fr = items(template({ platform, dev, language: 'fr' }))
      const en = items(template({ platform, dev, language: 'en' }))
      expect(fr.length).toBe(en.length)
      fr.forEach((item, index) => {
        if (item.type === 'separator') return
        const english = en[index]!
        expect(item.label?.trim(), JSON.stringify(item.role ?? item.id)).toBeTruthy()
        expect(english.label?.trim(), JSON.stringify(english.role ?? english.id)).toBeTruthy()
      })
      // Really translated: the French File menu is not the English one.
      expect(fr.map((item) => item.label)).toContain('Fichier')
      expect(en.map((item) => item.label)).toContain('File')
      expect(fr.find((item) => item.id === 'print')?.label).toBe('Imprimer…')
      expect(en.find((item) => item.id === 'print')?.label).toBe('Print…')
    }
  )

  it.each(PLATFORMS)('on %s, gives each action the accelerator of the table, and no other item one', (platform) => {
    const all = items(template({ platform, dev: true }))
    for (const item of all) {
      if (item.role) expect(item.accelerator, item.role).toBeUndefined()
      if (item.id && isMenuAction(item.id)) expect(item.accelerator, item.id).toBe(acceleratorOf(item.id))
    }
    expect(all.find((item) => item.id === 'search')?.accelerator).toBe('CmdOrCtrl+K')
    expect(all.find((item) => item.id === 'zoomIn')?.accelerator).toBe('CmdOrCtrl+Plus')
  })

  it.each(PLATFORMS)('on %s, sends only listed actions, and every one of them is in the menu', (platform) => {
    const send = vi.fn()
    const sent = clickAll(template({ platform, send }), send)
    expect(sent.every(isMenuAction)).toBe(true)
    expect([...sent].sort()).toEqual([...MENU_ACTIONS].sort())
  })

  it('sends the action of the item clicked', () => {
    const send = vi.fn()
    const savePdf = items(template({ send })).find((item) => item.id === 'savePdf')
    savePdf?.click?.({} as never, undefined, {} as never)
    expect(send).toHaveBeenCalledExactlyOnceWith('savePdf' satisfies MenuAction)
  })

  it.each(PLATFORMS)('on %s, offers reload and the developer tools in development builds only', (platform) => {
    const roles = (dev: boolean) => items(template({ platform, dev })).map((item) => item.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toContain('reload')
    expect(roles(false)).not.toContain('forceReload')
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
  })

  it.each(PLATFORMS)(
    'on %s, leaves Ctrl+plus, Ctrl+minus and Ctrl+0 to Folio’s zoom setting (no zoom role)',
    (platform) => {
      const roles = items(template({ platform, dev: true })).map((item) => item.role)
      for (const role of ['zoomIn', 'zoomOut', 'resetZoom', 'viewMenu', 'fileMenu', 'editMenu', 'appMenu'])
        expect(roles).not.toContain(role)
      expect(roles).toContain('togglefullscreen')
    }
  )

  it.each(['linux', 'win32'] as const)(
    'on %s, has File, Edit, View, Go, Help; Quit in File, About in Help',
    (platform) => {
      const menu = template({ platform, language: 'en' })
      expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Go', 'Help'])
      const [file, , , , help] = menu.map((item) => items(item.submenu as MenuItemConstructorOptions[]))
      expect(file?.at(-1)?.role).toBe('quit')
      expect(help?.map((item) => item.id)).toContain('about')
      expect(items(menu).map((item) => item.role)).not.toContain('window')
    }
  )

  it('on macOS, puts the app menu first (About, Hide, Quit under the app’s name) and a Window menu', () => {
    const menu = template({ platform: 'darwin', language: 'en' })
    expect(menu.map((item) => item.label)).toEqual(['Folio', 'File', 'Edit', 'View', 'Go', 'Window', 'Help'])
    const appMenu = menu[0]!.submenu as MenuItemConstructorOptions[]
    expect(appMenu[0]?.id).toBe('about')
    expect(appMenu.map((item) => item.role)).toEqual(
      expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide'])
    )
    expect(appMenu.at(-1)?.role).toBe('quit')
    // Quit and About appear once, in the app menu; File closes the window instead.
    const all = items(menu)
    expect(all.filter((item) => item.role === 'quit')).toHaveLength(1)
    expect(all.filter((item) => item.id === 'about')).toHaveLength(1)
    expect((menu[1]!.submenu as MenuItemConstructorOptions[]).at(-1)?.role).toBe('close')
    expect(menu[5]?.role).toBe('window')
    expect((menu[5]!.submenu as MenuItemConstructorOptions[]).map((item) => item.role)).toContain('minimize')
  })
})
