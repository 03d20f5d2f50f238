// The application menu, one template for every platform and both UI languages: File, Edit, View, Go, Help
// (and on macOS the app menu first and a Window menu). Folio's own items send an action to the renderer,
// which does what its keyboard shortcut does; zoom is one of them, never Electron's zoom roles (Folio's zoom
// is a setting the renderer saves and main applies to every window: a role would change it behind its back).

import type { MenuItemConstructorOptions } from 'electron'
import { acceleratorOf } from '../../shared/desktop/accelerators'
import type { MenuAction } from '../../shared/desktop/menu-actions'
import type { Language } from '../../shared/settings/settings'
import { menuMessages, type MenuMessages, type MenuRoleWord } from '../i18n/menu-messages'

export interface MenuOptions {
  platform: NodeJS.Platform
  language: Language
  /** A development build (not packaged): reload and the developer tools are offered. */
  dev: boolean
  /** Hands an action to the renderer (the focused window's `menuAction` event). */
  send(action: MenuAction): void
}

const APP_NAME = 'Folio'
const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The menu's template for `options`; Menu.buildFromTemplate makes the menu of it. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const words = menuMessages[options.language]
  const mac = options.platform === 'darwin'
  const action = (name: MenuAction): MenuItemConstructorOptions => {
    const accelerator = acceleratorOf(name)
    return {
      id: name,
      label: words.actions[name],
      ...(accelerator ? { accelerator } : {}),
      click: () => options.send(name)
    }
  }
  const role = (name: MenuRoleWord): MenuItemConstructorOptions => ({ role: name, label: words.roles[name] })

  const file: MenuItemConstructorOptions = {
    label: words.menus.file,
    submenu: [
      action('addDocument'),
      action('openArchive'),
      separator,
      action('exportNotes'),
      separator,
      action('print'),
      action('savePdf'),
      separator,
      // macOS quits from the app menu; its File menu closes the window (⌘W) instead.
      mac ? role('close') : role('quit')
    ]
  }
  const edit: MenuItemConstructorOptions = {
    label: words.menus.edit,
    submenu: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      ...(mac ? [role('pasteAndMatchStyle')] : []),
      role('delete'),
      role('selectAll'),
      separator,
      action('find')
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: words.menus.view,
    submenu: [
      {
        label: words.menus.theme,
        submenu: [action('theme-system'), action('theme-light'), action('theme-dark'), action('theme-sepia')]
      },
      separator,
      action('fontLarger'),
      action('fontSmaller'),
      separator,
      action('zoomIn'),
      action('zoomOut'),
      action('zoomReset'),
      separator,
      action('toggleLibrary'),
      action('togglePanel'),
      separator,
      role('togglefullscreen'),
      ...(options.dev ? [separator, role('reload'), role('forceReload'), role('toggleDevTools')] : [])
    ]
  }
  const go: MenuItemConstructorOptions = {
    label: words.menus.go,
    submenu: [action('search'), separator, action('nextSection'), action('previousSection'), action('back')]
  }
  // macOS shows "About" under the app's name; elsewhere it closes the Help menu.
  const help: MenuItemConstructorOptions = {
    label: words.menus.help,
    ...(mac ? { role: 'help' as const } : {}),
    submenu: mac ? [action('shortcuts')] : [action('shortcuts'), separator, action('about')]
  }
  if (!mac) return [file, edit, view, go, help]
  return [appMenu(action, role), file, edit, view, go, windowMenu(words, role), help]
}

type ItemOf<T> = (name: T) => MenuItemConstructorOptions

/** macOS's app menu, named after the app: About, Services, Hide, Hide Others, Show All, Quit. */
function appMenu(action: ItemOf<MenuAction>, role: ItemOf<MenuRoleWord>): MenuItemConstructorOptions {
  return {
    label: APP_NAME,
    submenu: [
      action('about'),
      separator,
      role('services'),
      separator,
      role('hide'),
      role('hideOthers'),
      role('unhide'),
      separator,
      role('quit')
    ]
  }
}

/** macOS's Window menu (its role makes it the one the system lists the windows in). */
function windowMenu(words: MenuMessages, role: ItemOf<MenuRoleWord>): MenuItemConstructorOptions {
  return {
    label: words.menus.window,
    role: 'window',
    submenu: [role('minimize'), role('zoom'), separator, role('front')]
  }
}
