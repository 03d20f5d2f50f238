// The key each keyed menu action stands for, from the one accelerator table (shared/desktop/accelerators.ts): the
// menu's action is pressed as that key, so the renderer's own key handler runs it, with no second definition.

import { ACCELERATORS } from '../../../shared/desktop/accelerators'
import type { MenuAction } from '../../../shared/desktop/menu-actions'

const KEY_NAMES: Record<string, string> = { Plus: '+' }

/** The keydown an Electron accelerator ("CmdOrCtrl+Shift+L") stands for; Ctrl, or ⌘ on macOS. */
export function keyOfAccelerator(accelerator: string, mac: boolean): KeyboardEventInit {
  const parts = accelerator.split('+')
  // "CmdOrCtrl+Plus" names its key; "CmdOrCtrl+-" ends with it.
  const last = parts.at(-1) ?? ''
  const shift = parts.includes('Shift')
  const named = KEY_NAMES[last] ?? last
  const key = named.length === 1 && shift ? named.toUpperCase() : named.length === 1 ? named.toLowerCase() : named
  const command = parts.includes('CmdOrCtrl')
  return { key, shiftKey: shift, ctrlKey: command && !mac, metaKey: command && mac, bubbles: true, cancelable: true }
}

/** The keydown of `action`, or null when the action has no key in the app. */
export function keyOfMenuAction(action: MenuAction, mac: boolean): KeyboardEventInit | null {
  const entry = (ACCELERATORS as Partial<Record<MenuAction, { accelerator: string }>>)[action]
  return entry ? keyOfAccelerator(entry.accelerator, mac) : null
}
