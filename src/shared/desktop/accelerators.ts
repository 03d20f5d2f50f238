// The one table of the menu's keyboard accelerators, each the key the renderer itself listens to and the
// shortcuts help shows (renderer/src/layout/shortcuts-help.tsx, `shortcuts.keys` in the catalogs). An action
// without a shortcut in the app has no accelerator: the menu never teaches a key the help does not list.

import type { MenuAction } from './menu-actions'

/** The shortcuts help's rows (`shortcuts.keys.<row>`) an accelerator can stand for. */
export type ShortcutRow = 'search' | 'find' | 'zoom' | 'library' | 'panel' | 'print'

export interface AcceleratorEntry {
  /** Electron's accelerator syntax: CmdOrCtrl is ⌘ on macOS, Ctrl elsewhere (the help says "Ctrl"). */
  accelerator: string
  /** The help's row that names this key (the zoom row names three keys, "Ctrl+plus / Ctrl+minus / Ctrl+0"). */
  row: ShortcutRow
}

export const ACCELERATORS = {
  // search/search-box.tsx: Ctrl or ⌘ + K
  search: { accelerator: 'CmdOrCtrl+K', row: 'search' },
  // find/find-bar.tsx: Ctrl or ⌘ + F, without Shift
  find: { accelerator: 'CmdOrCtrl+F', row: 'find' },
  // settings/use-zoom-shortcuts.ts: "+" (or "=", the same key without Shift), "-", "0"
  zoomIn: { accelerator: 'CmdOrCtrl+Plus', row: 'zoom' },
  zoomOut: { accelerator: 'CmdOrCtrl+-', row: 'zoom' },
  zoomReset: { accelerator: 'CmdOrCtrl+0', row: 'zoom' },
  // layout/drawers.ts: Ctrl or ⌘ + Shift + L / P
  toggleLibrary: { accelerator: 'CmdOrCtrl+Shift+L', row: 'library' },
  togglePanel: { accelerator: 'CmdOrCtrl+Shift+P', row: 'panel' },
  print: { accelerator: 'CmdOrCtrl+P', row: 'print' }
} as const satisfies Partial<Record<MenuAction, AcceleratorEntry>>

/** The accelerator of `action`, or undefined when the app has no shortcut for it. */
export function acceleratorOf(action: MenuAction): string | undefined {
  return (ACCELERATORS as Partial<Record<MenuAction, AcceleratorEntry>>)[action]?.accelerator
}
