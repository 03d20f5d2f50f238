// The actions the application menu sends to the renderer (main/desktop/menu-template.ts builds the menu,
// the preload hands each one to the page as a `menuAction` event). The renderer does the same thing for an
// action as for its keyboard shortcut, so the menu and the keys never disagree.

// zod's mini build: the preload checks the menu's actions with it, and stays small.
import { z } from 'zod/mini'

export const MENU_ACTIONS = [
  // File
  'addDocument',
  'openArchive',
  'exportNotes',
  'print',
  'savePdf',
  // Edit
  'find',
  // View
  'theme-system',
  'theme-light',
  'theme-dark',
  'theme-sepia',
  'fontLarger',
  'fontSmaller',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'toggleLibrary',
  'togglePanel',
  // Go
  'search',
  'nextSection',
  'previousSection',
  'back',
  // Help
  'shortcuts',
  'about'
] as const

export type MenuAction = (typeof MENU_ACTIONS)[number]

export const menuActionSchema = z.enum(MENU_ACTIONS)

/** Whether `value` is one of the menu's actions. */
export const isMenuAction = (value: unknown): value is MenuAction => menuActionSchema.safeParse(value).success
