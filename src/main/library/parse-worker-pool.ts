// A small pool of parse workers (parse-worker.ts), started when first needed and reused: documents parse
// off main's event loop, and one that runs past its time limit is stopped (the worker terminated) and refused.

import { Worker } from 'node:worker_threads'
import { allowedParseMs, TOO_COMPLEX_MESSAGE } from '../../shared/archive/parse-budget'
import { ArticleParseError } from '../../shared/archive/parse-errors'
import type { DocumentParser } from './document-parser'
import { documentOf, type ParseReply, type ParseRequest } from './parse-worker-messages'

/** Two workers: a slow document holds one while the others go through the second, on a 2-core machine too. */
export const PARSE_WORKERS = 2
/** Beyond the parse's own allowance: starting a worker and loading its script, copying the document back. */
const WORKER_OVERHEAD_MS = 3000
/** A worker left idle this long is stopped (its memory given back); the next parse starts one again. */
const IDLE_MS = 60_000

/** The longest a parse of `bytes` bytes may run in its worker: the parse budget's allowance, and the worker's own costs. */
export const parseTimeLimit = (bytes: number): number => allowedParseMs(bytes) + WORKER_OVERHEAD_MS

export interface ParsePoolOptions {
  /** How many workers at most (1 or more). */
  size?: number
  /** The time limit of a parse of so many bytes, in ms. */
  timeLimit?: (bytes: number) => number
}

interface Job {
  request: ParseRequest
  resolve(document: ReturnType<typeof documentOf>): void
  reject(error: unknown): void
}

interface Slot {
  worker: Worker
  job: Job | null
  deadline?: NodeJS.Timeout
  idle?: NodeJS.Timeout
}

const tooComplex = () => new ArticleParseError('too-complex', TOO_COMPLEX_MESSAGE)

/** Parses documents in worker threads running the script at `script` (a built JavaScript file). */
export class ParseWorkerPool {
  private readonly slots = new Set<Slot>()
  private readonly queue: Job[] = []
  private readonly size: number
  private readonly timeLimit: (bytes: number) => number
  private closed = false

  constructor(
    private readonly script: string,
    options: ParsePoolOptions = {}
  ) {
    this.size = Math.max(1, options.size ?? PARSE_WORKERS)
    this.timeLimit = options.timeLimit ?? parseTimeLimit
  }

  /** The pool as a {@link DocumentParser}: queued, parsed by the first free worker, refused 'too-complex' past its limit. */
  readonly parse: DocumentParser = (bytes, kind, id, name) =>
    new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('Les documents ne sont plus lus : l’application se ferme.'))
      this.queue.push({ request: { bytes, kind, id, name }, resolve, reject })
      this.dispatch()
    })

  /** How many workers are running now (for tests: a stopped worker is not counted). */
  get workers(): number {
    return this.slots.size
  }

  /** Stops every worker; queued and running parses are rejected. */
  async close(): Promise<void> {
    this.closed = true
    for (const job of this.queue.splice(0)) job.reject(new Error('Les documents ne sont plus lus.'))
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error('Les documents ne sont plus lus.'))))
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot =
        [...this.slots].find((candidate) => !candidate.job) ?? (this.slots.size < this.size ? this.start() : null)
      if (!slot) return
      this.run(slot, this.queue.shift()!)
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.script), job: null }
    slot.worker.on('message', (reply: ParseReply) => this.answer(slot, reply))
    // A worker out of memory was given a document too big to read; any other failure is said as it is.
    slot.worker.on(
      'error',
      (error: NodeJS.ErrnoException) =>
        void this.retire(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : error)
    )
    slot.worker.on(
      'exit',
      (code) => void this.retire(slot, new Error(`Le lecteur de documents s’est arrêté (${code}).`))
    )
    this.slots.add(slot)
    return slot
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job
    clearTimeout(slot.idle)
    slot.worker.ref()
    // A copy of its own, moved to the worker: the caller keeps its bytes (add() writes them afterwards). Not
    // slice(): a Buffer's slice shares its memory (and a small file's Buffer, Node's shared pool).
    const bytes = new Uint8Array(job.request.bytes)
    const limit = this.timeLimit(bytes.byteLength)
    slot.worker.postMessage({ ...job.request, bytes }, [bytes.buffer])
    // Main's loop is free while the worker parses, so this fires on time however slow the parse is.
    slot.deadline = setTimeout(() => void this.retire(slot, tooComplex()), limit)
  }

  private answer(slot: Slot, reply: ParseReply): void {
    const job = slot.job
    if (!job) return
    clearTimeout(slot.deadline)
    slot.job = null
    // An idle worker keeps neither the app nor a test run from ending.
    slot.worker.unref()
    slot.idle = setTimeout(() => void this.retire(slot, null), IDLE_MS).unref()
    try {
      job.resolve(documentOf(reply))
    } catch (error) {
      job.reject(error)
    }
    this.dispatch()
  }

  /** Stops the worker of `slot` (at once, even mid-parse) and fails its parse with `error`; the queue goes on. */
  private async retire(slot: Slot, error: unknown): Promise<void> {
    if (!this.slots.delete(slot)) return
    clearTimeout(slot.deadline)
    clearTimeout(slot.idle)
    const job = slot.job
    slot.job = null
    if (job) job.reject(error)
    this.dispatch()
    await slot.worker.terminate()
  }
}
