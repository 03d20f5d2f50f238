// The window's zoom (Ctrl+plus, Ctrl+minus, Ctrl+0): the steps it goes through, 50 % to 200 %. The renderer
// keeps it as a setting; main applies it to the window (window/window-zoom.ts).

/** The zoom factors offered, smallest first; 1 is 100 %. */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const
/** The first and the last step (a tuple's indexes: a step added or removed shows here at compile time). */
export const ZOOM_RANGE = { min: ZOOM_STEPS[0], max: ZOOM_STEPS[10] } as const
export const DEFAULT_ZOOM = 1

/** How a zoom key moves the zoom: one step larger, one smaller, or back to 100 %. */
export type ZoomMove = 'in' | 'out' | 'reset'

/**
 * The zoom after `move` from `current`: the next step up or down (a factor between two steps, kept from
 * elsewhere, goes to the nearer step in that direction), never beyond 50 % or 200 %.
 */
export function movedZoom(current: number, move: ZoomMove): number {
  if (move === 'reset') return DEFAULT_ZOOM
  const epsilon = 1e-6
  if (move === 'in') return ZOOM_STEPS.find((step) => step > current + epsilon) ?? ZOOM_RANGE.max
  return [...ZOOM_STEPS].reverse().find((step) => step < current - epsilon) ?? ZOOM_RANGE.min
}

/** `value` as a zoom Folio offers: a number within 50–200 %, else 100 %. */
export function validZoom(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, value))
    : DEFAULT_ZOOM
}
