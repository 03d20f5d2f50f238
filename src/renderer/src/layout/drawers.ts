// The library and the side panel as drawers when the window has no room for them beside the reader.
// Which of them are drawers is decided by the stylesheet alone (styles/layout.css sets `--drawers` on the
// shell at each breakpoint); this reads it, keeps which drawer is open, and moves the keyboard focus.

import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react'

export const DRAWER_NAMES = ['library', 'panel'] as const
export type DrawerName = (typeof DRAWER_NAMES)[number]

/** The letter of each drawer's shortcut, with Ctrl+Shift (⌘⇧ on macOS): L for the library, P for the panel. */
export const DRAWER_KEYS: Record<DrawerName, string> = { library: 'l', panel: 'p' }

export const drawerId = (name: DrawerName): string => `${name}-drawer`
export const drawerToggleId = (name: DrawerName): string => `${name}-drawer-toggle`

/** What can take the keyboard focus, in the order Tab visits it (the panel's selected tab comes first there). */
const FOCUSABLE = ':is(button, [href], input, select, textarea):not([disabled], [tabindex="-1"]), [tabindex="0"]'

/** The drawers named by a `--drawers` value ("library panel", "none"). */
export function drawersOf(value: string): ReadonlySet<DrawerName> {
  return new Set(DRAWER_NAMES.filter((name) => value.trim().split(/\s+/).includes(name)))
}

export interface Drawers {
  /** The ref of the app shell, whose `--drawers` says which regions are drawers. */
  shellRef(element: HTMLElement | null): void
  /** True when `name` is laid out as a drawer at this size (else it is a column beside the reader). */
  isDrawer(name: DrawerName): boolean
  isOpen(name: DrawerName): boolean
  /** Opens the drawer (closing the other) and moves the focus into it, or closes it. */
  toggle(name: DrawerName): void
  /** Opens the drawer to show something in it (a card); the caller moves the focus. */
  show(name: DrawerName): void
  /** Closes the drawer; the focus, if it was in it, goes back to its toggle in the header. */
  close(name: DrawerName): void
  closeAll(): void
}

const firstFocusable = (name: DrawerName): HTMLElement | null | undefined =>
  document.getElementById(drawerId(name))?.querySelector<HTMLElement>(FOCUSABLE)

/** The drawers of the app shell (give it `shellRef`), with their shortcuts and the outside click that closes them. */
export function useDrawers(): Drawers {
  const [shell, shellRef] = useState<HTMLElement | null>(null)
  const [layout, setLayout] = useState('none')
  const [open, setOpen] = useState<DrawerName | null>(null)
  const [focusInto, setFocusInto] = useState<DrawerName | null>(null)

  // Read before the first paint and again whenever the width changes (a resize, or a zoom: both resize).
  useLayoutEffect(() => {
    if (!shell) return
    const read = () => setLayout(getComputedStyle(shell).getPropertyValue('--drawers').trim() || 'none')
    read()
    window.addEventListener('resize', read)
    return () => window.removeEventListener('resize', read)
  }, [shell])
  const drawers = useMemo(() => drawersOf(layout), [layout])
  // A new arrangement starts with every drawer closed: one left open in a wider one would cover the text.
  useEffect(() => setOpen(null), [drawers])

  // A drawer that closes with the focus in it (a document picked, Escape) hands the focus to its toggle,
  // before the browser drops it to the page's body.
  const [wasOpen, setWasOpen] = useState<DrawerName | null>(null)
  useLayoutEffect(() => {
    if (wasOpen && wasOpen !== open && document.getElementById(drawerId(wasOpen))?.contains(document.activeElement)) {
      document.getElementById(drawerToggleId(wasOpen))?.focus()
    }
    setWasOpen(open)
  }, [open, wasOpen])

  useEffect(() => {
    if (!focusInto) return
    firstFocusable(focusInto)?.focus()
    setFocusInto(null)
  }, [focusInto])

  const close = useCallback((name: DrawerName) => setOpen((current) => (current === name ? null : current)), [])
  const toggle = useCallback(
    (name: DrawerName) => {
      if (open === name) return close(name)
      setOpen(name)
      setFocusInto(name)
    },
    [open, close]
  )

  const show = useCallback((name: DrawerName) => drawers.has(name) && setOpen(name), [drawers])
  const closeAll = useCallback(() => setOpen(null), [])
  useDrawerKeys(drawers, toggle)
  useOutsideClick(open, close)

  return useMemo(
    () => ({
      shellRef,
      isDrawer: (name) => drawers.has(name),
      isOpen: (name) => drawers.has(name) && open === name,
      toggle,
      show,
      close,
      closeAll
    }),
    [drawers, open, toggle, show, close, closeAll]
  )
}

/** Ctrl+Shift+L and Ctrl+Shift+P: open or close that drawer; when it is a column on screen, go to it. */
function useDrawerKeys(drawers: ReadonlySet<DrawerName>, toggle: (name: DrawerName) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return
      const name = DRAWER_NAMES.find((drawer) => DRAWER_KEYS[drawer] === event.key.toLowerCase())
      if (!name) return
      event.preventDefault()
      if (drawers.has(name)) toggle(name)
      else firstFocusable(name)?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [drawers, toggle])
}

/** A press outside the open drawer (and outside its toggle, which closes it itself) closes it. */
function useOutsideClick(open: DrawerName | null, close: (name: DrawerName) => void): void {
  useEffect(() => {
    if (!open) return
    const onPress = (event: PointerEvent) => {
      const target = event.target as Node
      const inside = [drawerId(open), drawerToggleId(open)].some((id) => document.getElementById(id)?.contains(target))
      // A modal dialog opened from the drawer (removing a document) is the drawer's own.
      if (!inside && !(target instanceof Element && target.closest('dialog'))) close(open)
    }
    window.addEventListener('pointerdown', onPress)
    return () => window.removeEventListener('pointerdown', onPress)
  }, [open, close])
}
