// The paths main handed the page as a launch's files (launch-delivery.ts): the only paths the page may ask main to
// add (addLaunchedFiles). A page that is not to be trusted could otherwise name any file for main to read. Each
// path is taken once; the set is bounded, the oldest grants dropped first.

/** Most paths granted and not yet taken (a burst of launches beyond drops the oldest). */
export const MAX_GRANTED_PATHS = 4096

export class LaunchGrants {
  /** In the order granted (a Set keeps insertion order): the first is the oldest. */
  private readonly granted = new Set<string>()

  /** Lets the page ask once for each of `paths` (exactly as handed: absolute, resolved by launch-args.ts). */
  grant(paths: readonly string[]): void {
    for (const path of paths) {
      // Granted again: it moves to the newest end.
      this.granted.delete(path)
      this.granted.add(path)
    }
    for (const oldest of this.granted) {
      if (this.granted.size <= MAX_GRANTED_PATHS) break
      this.granted.delete(oldest)
    }
  }

  /** True when `path` was granted and not yet taken; it is not granted any more afterwards. */
  take(path: string): boolean {
    return this.granted.delete(path)
  }

  /** How many paths wait to be taken. */
  get size(): number {
    return this.granted.size
  }
}
