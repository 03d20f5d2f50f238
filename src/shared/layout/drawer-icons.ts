// The icons of the header's drawer buttons, shared by the app (layout/drawer.tsx) and main's first screen,
// which draws the same buttons before the app has loaded.

/** ☰ opens the library, ▤ the side panel (cards, notes, bookmarks). */
export const DRAWER_ICONS = { library: '☰', panel: '▤' } as const
