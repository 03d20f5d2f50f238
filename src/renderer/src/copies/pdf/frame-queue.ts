// One page's drawing started per animation frame: pages that come into view wait their turn, so scrolling a long PDF
// never starts many renders in one task; a page scrolled away leaves the queue (its turn is refused).

type Turn = { resolve(go: boolean): void }

/** A queue of turns, one granted per frame, in the order asked. */
export class FrameQueue {
  private readonly waiting: Turn[] = []
  private scheduled = false

  /** Resolves true on the caller's frame, false when `signal` aborts first. */
  turn(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false)
    return new Promise((resolve) => {
      const turn: Turn = { resolve }
      this.waiting.push(turn)
      signal.addEventListener('abort', () => {
        const index = this.waiting.indexOf(turn)
        if (index >= 0) this.waiting.splice(index, 1)
        resolve(false)
      })
      this.schedule()
    })
  }

  private schedule(): void {
    if (this.scheduled || !this.waiting.length) return
    this.scheduled = true
    requestAnimationFrame(() => {
      this.scheduled = false
      this.waiting.shift()?.resolve(true)
      this.schedule()
    })
  }
}
