// A region of the shell that becomes a drawer when the window is narrow (layout/drawers.ts), and the
// header button that opens it. A closed drawer is inert: out of the tab order and of the accessibility tree.

import type { ReactNode } from 'react'
import { DRAWER_ICONS } from '../../../shared/layout/drawer-icons'
import { useTranslation } from '../i18n/i18n'
import { DRAWER_KEYS, drawerId, drawerToggleId, type DrawerName, type Drawers } from './drawers'

/** Keys pressed there are the field's or the dialog's own (Escape cancels an edit, closes the dialog). */
const OWNS_ESCAPE = 'input, textarea, select, [contenteditable="true"], dialog'
/** A search field uses Escape only to clear its text (the library's filter): empty, Escape closes the drawer. */
const isEmptySearch = (target: EventTarget) =>
  target instanceof HTMLInputElement && target.type === 'search' && target.value === ''

export function Drawer({ name, drawers, children }: { name: DrawerName; drawers: Drawers; children: ReactNode }) {
  const isDrawer = drawers.isDrawer(name)
  const open = drawers.isOpen(name)
  return (
    <div
      id={drawerId(name)}
      className={`drawer drawer-${name}`}
      data-open={open ? 'true' : undefined}
      inert={isDrawer && !open}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open || event.defaultPrevented) return
        if ((event.target as Element).closest(OWNS_ESCAPE) && !isEmptySearch(event.target)) return
        event.preventDefault()
        drawers.close(name)
      }}
    >
      {children}
    </div>
  )
}

/** Shown by the stylesheet only while its region is a drawer. */
export function DrawerToggle({ name, drawers }: { name: DrawerName; drawers: Drawers }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      id={drawerToggleId(name)}
      className={`header-button drawer-toggle drawer-toggle-${name}`}
      aria-expanded={drawers.isOpen(name)}
      aria-controls={drawerId(name)}
      aria-keyshortcuts={`Control+Shift+${DRAWER_KEYS[name].toUpperCase()}`}
      title={t(`layout.${name}.hint`)}
      onClick={() => drawers.toggle(name)}
    >
      <span className="drawer-toggle-icon" aria-hidden="true">
        {DRAWER_ICONS[name]}
      </span>
      <span className="drawer-toggle-label">{t(`layout.${name}.toggle`)}</span>
    </button>
  )
}
