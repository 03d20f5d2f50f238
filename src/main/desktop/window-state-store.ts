// Keeps the window's state in `<userData>/window-state.json`: read once at start (whatever is there: the rules
// of window-state.ts refuse what is damaged), written atomically, a moment after the user stops resizing or
// moving the window, and at once when it closes.

import { readFile } from 'node:fs/promises'
import { writeAtomically } from '../files/atomic-write'
import type { Rectangle, WindowState } from './window-state'

/** How long after the last resize or move the state is written. */
export const SAVE_DELAY_MS = 500

/** The parts of a BrowserWindow the store follows. */
export interface TrackedWindow {
  on(event: WindowStateEvent, listener: () => void): unknown
  getNormalBounds(): Rectangle
  isMaximized(): boolean
  isFullScreen(): boolean
}

const CHANGES = ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const
export type WindowStateEvent = (typeof CHANGES)[number] | 'close'

/** The window's state now (its normal bounds: those it gets back when it leaves maximised or full-screen). */
export const stateOf = (window: TrackedWindow): WindowState => ({
  bounds: window.getNormalBounds(),
  maximized: window.isMaximized(),
  fullScreen: window.isFullScreen()
})

export class WindowStateStore {
  private writes: Promise<void> = Promise.resolve()
  private lastWritten = ''

  constructor(private readonly file: string) {}

  /** What the file holds, parsed as JSON; null when there is none or it is not JSON. */
  async load(): Promise<unknown> {
    try {
      return JSON.parse((await readFile(this.file, 'utf8')).replace(/^\ufeff/, '')) as unknown
    } catch {
      return null
    }
  }

  /** Writes `state` (in order after earlier writes; the same state twice is written once). */
  save(state: WindowState): Promise<void> {
    const text = `${JSON.stringify(state)}\n`
    if (text === this.lastWritten) return this.writes
    this.lastWritten = text
    const write = this.writes.then(() => writeAtomically(this.file, text))
    this.writes = write.catch((error: unknown) =>
      console.warn(`${this.file} : état de la fenêtre non enregistré`, error)
    )
    return this.writes
  }

  /** Saves the window's state `delayMs` after its last change, and at once when it closes. */
  track(window: TrackedWindow, delayMs = SAVE_DELAY_MS): void {
    let timer: ReturnType<typeof setTimeout> | null = null
    const later = () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = null
        void this.save(stateOf(window))
      }, delayMs)
    }
    for (const event of CHANGES) window.on(event, later)
    window.on('close', () => {
      if (timer) clearTimeout(timer)
      timer = null
      void this.save(stateOf(window))
    })
  }
}
