// The application menu: Electron's default one without its zoom entries. Their shortcuts (Ctrl+plus,
// Ctrl+minus, Ctrl+0) zoom through Folio's setting instead (the renderer saves it, main applies it to every
// window and keeps it for the next start); the menu's own would change the zoom behind its back.

import type { MenuItemConstructorOptions } from 'electron'

/** The menu's template for `platform` (process.platform), with no zoom role. */
export function appMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      { role: 'forceReload' },
      { role: 'toggleDevTools' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }
  const menus: MenuItemConstructorOptions[] = [{ role: 'fileMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }]
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus
}
