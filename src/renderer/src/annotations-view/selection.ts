// The annotations the user has ticked: a click ticks or unticks one, a shift-click ticks every shown row from the
// last one clicked to this one, "select all" ticks every shown row. Pure: the list holds the state.

export interface Selection {
  readonly ids: ReadonlySet<string>
  /** The row last clicked without shift: where a shift-click's range starts. */
  readonly anchor: string | null
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null }

/** Ticks or unticks `id`; it becomes the start of the next range. */
export function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { ids, anchor: id }
}

/**
 * A shift-click on `id`: every shown row between the range's start and `id` (both included) takes the state the
 * start has. With no start shown, only `id` is toggled.
 */
export function extendTo(selection: Selection, shown: readonly { id: string }[], id: string): Selection {
  const to = shown.findIndex((row) => row.id === id)
  const from = selection.anchor === null ? -1 : shown.findIndex((row) => row.id === selection.anchor)
  if (to < 0 || from < 0) return toggle(selection, id)
  const tick = selection.ids.has(selection.anchor as string)
  const ids = new Set(selection.ids)
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const row = shown[i] as { id: string }
    if (tick) ids.add(row.id)
    else ids.delete(row.id)
  }
  return { ids, anchor: selection.anchor }
}

/** Ticks every shown row (those ticked and hidden by the filter stay ticked). */
export function selectAll(selection: Selection, shown: readonly { id: string }[]): Selection {
  const ids = new Set(selection.ids)
  for (const row of shown) ids.add(row.id)
  return { ids, anchor: selection.anchor }
}
