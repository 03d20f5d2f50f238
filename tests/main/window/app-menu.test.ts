import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { appMenuTemplate } from '../../../src/main/window/app-menu'

/** Every role in the template, submenus included. */
const roles = (items: readonly MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])
  ])

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)(
    'on %s, leaves Ctrl+plus, Ctrl+minus and Ctrl+0 to Folio’s zoom setting',
    (platform) => {
      const all = roles(appMenuTemplate(platform))
      expect(all.filter((role) => ['zoomIn', 'zoomOut', 'resetZoom', 'viewMenu'].includes(role))).toEqual([])
      // The rest of Electron's default menu stays: editing keys, reload, developer tools, full screen.
      expect(all).toEqual(
        expect.arrayContaining(['editMenu', 'reload', 'toggleDevTools', 'togglefullscreen', 'windowMenu'])
      )
    }
  )

  it('has the application menu first on macOS only', () => {
    expect(appMenuTemplate('darwin')[0]?.role).toBe('appMenu')
    expect(appMenuTemplate('linux')[0]?.role).toBe('fileMenu')
  })
})
