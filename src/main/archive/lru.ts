// A small least-recently-used cache: what search.folio's reader keeps between queries (posting lists, entry
// records), bounded by a capacity in whatever units a value's cost is counted in.

/** A map that forgets its least recently used values past `capacity` (in the units `cost` gives). */
export class Lru<K, V> {
  private readonly map = new Map<K, V>()
  private used = 0

  constructor(
    private readonly capacity: number,
    private readonly cost: (value: V) => number
  ) {}

  get(key: K): V | undefined {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }

  set(key: K, value: V): void {
    if (this.map.has(key)) return
    this.map.set(key, value)
    this.used += this.cost(value)
    for (const [oldKey, oldValue] of this.map) {
      if (this.used <= this.capacity || this.map.size === 1) break
      this.map.delete(oldKey)
      this.used -= this.cost(oldValue)
    }
  }
}
