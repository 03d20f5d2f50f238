// Where the window opens again: the size, place, maximised and full-screen state the user left it in, moved
// back onto a display that is there now (a monitor unplugged, a resolution lowered) and never smaller than
// the window's minimum. Plain rules on rectangles: Electron's `screen` gives the work areas, tests give theirs.

import { z } from 'zod'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  /** The window's normal (not maximised, not full-screen) bounds. */
  bounds: Rectangle
  maximized: boolean
  fullScreen: boolean
}

/** The displays now: each one's work area (without the task bar or the dock), and the primary one's. */
export interface DisplayLayout {
  workAreas: readonly Rectangle[]
  primary: Rectangle
}

/** The window's minimum (BrowserWindow's minWidth/minHeight) and its size at a first start. */
export const MIN_SIZE = { width: 720, height: 480 } as const
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const

/** Beyond any display's size (16K is 15360 pixels wide): a saved rectangle larger than this is damaged. */
const MAX_COORDINATE = 100_000

const coordinate = z.number().int().min(-MAX_COORDINATE).max(MAX_COORDINATE)
const length = z.number().int().min(1).max(MAX_COORDINATE)

export const windowStateSchema = z
  .object({
    bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }).strict(),
    maximized: z.boolean(),
    fullScreen: z.boolean()
  })
  .strict() satisfies z.ZodType<WindowState>

/** The area two rectangles share (0 when they do not meet). */
function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max))

/** The size kept within the work area, but never below the window's minimum. */
const sizeWithin = (width: number, height: number, area: Rectangle) => ({
  width: Math.max(MIN_SIZE.width, Math.min(width, area.width)),
  height: Math.max(MIN_SIZE.height, Math.min(height, area.height))
})

/** `size` centred in `area`. */
function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const { width, height } = sizeWithin(size.width, size.height, area)
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height
  }
}

/** `bounds` made whole inside `area`: shrunk to fit, then moved in (its top-left corner first, for the title bar). */
function within(bounds: Rectangle, area: Rectangle): Rectangle {
  const { width, height } = sizeWithin(bounds.width, bounds.height, area)
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height
  }
}

/** The state of a first start: the default size centred on the primary display, neither maximised nor full-screen. */
export function defaultWindowState(layout: DisplayLayout): WindowState {
  return { bounds: centred(DEFAULT_SIZE, layout.primary), maximized: false, fullScreen: false }
}

/**
 * The state to open the window in, from what was saved (anything: a damaged file gives the defaults) and the
 * displays now. The window goes onto the display it overlaps most, whole; when it overlaps none (that
 * monitor is gone), onto the primary display, centred, at its size or the display's, whichever is smaller.
 */
export function restoredWindowState(saved: unknown, layout: DisplayLayout): WindowState {
  const parsed = windowStateSchema.safeParse(saved)
  if (!parsed.success) return defaultWindowState(layout)
  const { bounds, maximized, fullScreen } = parsed.data
  let best: Rectangle | null = null
  let bestOverlap = 0
  for (const area of layout.workAreas) {
    const shared = overlap(bounds, area)
    if (shared > bestOverlap) [best, bestOverlap] = [area, shared]
  }
  return { bounds: best ? within(bounds, best) : centred(bounds, layout.primary), maximized, fullScreen }
}
