// A click on main's first screen before the app is there, noted from the first frame (first-frame.ts, the page's
// inline script: this file stays small) on the first screen's element, and read at the hand-over (carry-over.ts).

import type { OpeningScreen } from './first-frame'

/** A click on the first screen's text: where it was, and where the reader was scrolled then. */
export interface EarlyClick {
  x: number
  y: number
  scrollTop: number
}

/** The first screen's element keeps its last click here, from the first frame's script to the hand-over. */
const CLICK_KEY = 'lastClick'

/** Notes each click on the first screen's text. */
export function noteClicks({ root, pane }: Pick<OpeningScreen, 'root' | 'pane'>, screen: HTMLElement): void {
  root.addEventListener('click', (event) => {
    // A click that ends a drag (a selection) is no click on a highlight.
    if (!document.getSelection()?.isCollapsed) return
    const click: EarlyClick = { x: event.clientX, y: event.clientY, scrollTop: pane.scrollTop }
    screen.dataset[CLICK_KEY] = JSON.stringify(click)
  })
}

/** The last click noted on `screen`, or null. */
export function notedClick(screen: HTMLElement): EarlyClick | null {
  try {
    const noted: unknown = JSON.parse(screen.dataset[CLICK_KEY] ?? 'null')
    return noted && typeof noted === 'object' ? (noted as EarlyClick) : null
  } catch {
    return null
  }
}
