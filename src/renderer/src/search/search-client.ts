// The renderer's handle on the search worker: one worker for the app, a promise per query (only
// the latest answer to a run of keystrokes matters), and the indexing status for the UI.

import type { SearchEntry, SearchOptions, SearchResults } from '../../../shared/search/types'
import type { FromWorker, ToWorker } from './search-protocol'

export interface SearchStatus {
  /** True until the saved index is loaded. */
  loading: boolean
  /** Entries still to index in the current sync, when one is running. */
  progress: { done: number; total: number } | null
  entries: number
  /** Grows whenever the index changed. */
  generation: number
}

type Listener = (status: SearchStatus) => void

class SearchClient {
  private worker: Worker | null = null
  private nextId = 1
  private pending = new Map<number, (results: SearchResults) => void>()
  private listeners = new Set<Listener>()
  status: SearchStatus = { loading: true, progress: null, entries: 0, generation: 0 }
  private scopesLoaded: (scopes: ReadonlySet<string>) => void = () => undefined
  private readonly loadedScopes = new Promise<ReadonlySet<string>>((resolve) => (this.scopesLoaded = resolve))

  private get port(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'folio-search' })
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data)
      this.worker.onerror = (event) => console.error('Search worker failed', event.message)
    }
    return this.worker
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.scopesLoaded(new Set(message.scopes))
        return this.update({ loading: false, entries: message.entries })
      case 'progress':
        return this.update({ progress: { done: message.done, total: message.total } })
      case 'idle':
        return this.update({ progress: null, entries: message.entries, generation: message.generation })
      case 'results':
        this.pending.get(message.requestId)?.(message.results)
        this.pending.delete(message.requestId)
        return
      case 'error':
        console.error('Search worker:', message.message)
    }
  }

  private update(change: Partial<SearchStatus>): void {
    this.status = { ...this.status, ...change }
    for (const listener of this.listeners) listener(this.status)
  }

  private send(message: ToWorker): void {
    this.port.postMessage(message)
  }

  /** The scopes the index held when it was loaded from its saved copy (none on a first start). */
  savedScopes(): Promise<ReadonlySet<string>> {
    void this.port
    return this.loadedScopes
  }

  /** Replaces the entries of one scope (a document, the notes, the bookmarks). */
  sync(scope: string, entries: SearchEntry[]): void {
    this.send({ type: 'sync', scope, entries })
  }

  /** Drops the scopes under `prefix` that are not listed. */
  retain(prefix: string, keep: string[]): void {
    this.send({ type: 'retain', prefix, keep })
  }

  search(query: string, options?: SearchOptions): Promise<SearchResults> {
    const requestId = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve)
      this.send({ type: 'search', requestId, query, options })
    })
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    listener(this.status)
    return () => this.listeners.delete(listener)
  }
}

/** The app's search client (the worker starts on first use). */
export const searchClient = new SearchClient()
