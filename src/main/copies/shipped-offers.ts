// Which copies shipped with an archive the user's library was already given, by archive id and SHA-256, in
// `<library>/copies/shipped-offered.json`: a copy taken once is never offered again, so one the user removed does
// not come back at the next start. Written atomically, one write after another; a damaged file is set aside.

import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { writeAtomically } from '../files/atomic-write'
import { readCheckedJson } from '../files/read-checked-json'

export const SHIPPED_OFFERED_FILE = 'shipped-offered.json'

/** Most offers remembered; past it the oldest are forgotten (offered again once: attaching is idempotent). */
export const MAX_OFFERED = 100_000

const offerSchema = z
  .object({ archive: z.string().min(1).max(200), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict()
const offeredSchema = z.object({ formatVersion: z.literal(1), offered: z.array(offerSchema) })

type Offer = z.infer<typeof offerSchema>

const keyOf = (offer: Offer) => `${offer.archive}\n${offer.sha256}`

export class ShippedOffers {
  private loaded: Offer[] | null = null
  private keys = new Set<string>()
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async offers(): Promise<Offer[]> {
    if (this.loaded) return this.loaded
    const read = await readCheckedJson(this.path, offeredSchema, this.now)
    if (read.found === 'valid') return this.keep(read.data.offered)
    if (read.found === 'damaged')
      console.error(
        `${SHIPPED_OFFERED_FILE} endommagé (${read.problem}) : gardé sous ${read.aside}, les copies fournies seront proposées à nouveau.`
      )
    return this.keep([])
  }

  private keep(offers: Offer[]): Offer[] {
    this.loaded = offers
    this.keys = new Set(offers.map(keyOf))
    return offers
  }

  /** Whether the copy of content `sha256` shipped with archive `archive` was already given to the library. */
  has(archive: string, sha256: string): Promise<boolean> {
    return this.serial(async () => {
      await this.offers()
      return this.keys.has(keyOf({ archive, sha256 }))
    })
  }

  /** Remembers that the copies of these contents, shipped with `archive`, were given to the library. */
  add(archive: string, sha256s: readonly string[]): Promise<void> {
    return this.serial(async () => {
      const offers = await this.offers()
      const added = sha256s.map((sha256) => ({ archive, sha256 })).filter((offer) => !this.keys.has(keyOf(offer)))
      if (added.length === 0) return
      const next = [...offers, ...added].slice(-MAX_OFFERED)
      await mkdir(dirname(this.path), { recursive: true })
      await writeAtomically(this.path, JSON.stringify({ formatVersion: 1, offered: next }))
      this.keep(next)
    })
  }
}
