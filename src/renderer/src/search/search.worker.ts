// The search worker: holds the index off the main thread, applies scope syncs incrementally in
// slices (reporting progress), answers queries, and saves the index so a restart does not rebuild it.

import { SearchIndex } from '../../../shared/search/search-index'
import type { SearchEntry } from '../../../shared/search/types'
import { loadSnapshot, saveSnapshot } from './search-cache'
import type { FromWorker, ToWorker } from './search-protocol'

const SLICE_MS = 12
const SAVE_DELAY_MS = 1500

const post = (message: FromWorker) => self.postMessage(message)
let index = new SearchIndex()
const scopes = new Map<string, Set<string>>()
const queue: Exclude<ToWorker, { type: 'search' }>[] = []
let working = false
let generation = 0
let saveTimer: ReturnType<typeof setTimeout> | undefined

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function scheduleSave(): void {
  clearTimeout(saveTimer)
  saveTimer = setTimeout(() => {
    void saveSnapshot({
      scopes: Object.fromEntries([...scopes].map(([scope, ids]) => [scope, [...ids]])),
      index: index.toJSON()
    })
  }, SAVE_DELAY_MS)
}

/** Replaces a scope's entries: removes the gone ones, re-indexes only what changed. */
async function sync(scope: string, entries: SearchEntry[]): Promise<boolean> {
  const previous = scopes.get(scope) ?? new Set<string>()
  const next = new Set(entries.map((entry) => entry.id))
  let changed = false
  for (const id of previous) if (!next.has(id)) changed = index.remove(id) || changed
  const todo = entries.filter((entry) => {
    const known = index.get(entry.id)
    return !known || known.text !== entry.text || known.title !== entry.title
  })
  let start = performance.now()
  for (let i = 0; i < todo.length; i++) {
    index.replace(todo[i] as SearchEntry)
    if (performance.now() - start > SLICE_MS) {
      post({ type: 'progress', done: i + 1, total: todo.length })
      await pause()
      start = performance.now()
    }
  }
  scopes.set(scope, next)
  return changed || todo.length > 0
}

function retain(prefix: string, keep: string[]): boolean {
  const kept = new Set(keep)
  let changed = false
  for (const [scope, ids] of scopes) {
    if (!scope.startsWith(prefix) || kept.has(scope)) continue
    for (const id of ids) index.remove(id)
    scopes.delete(scope)
    changed = true
  }
  return changed
}

async function drain(): Promise<void> {
  if (working) return
  working = true
  try {
    while (queue.length) {
      const message = queue.shift() as Exclude<ToWorker, { type: 'search' }>
      const changed =
        message.type === 'sync' ? await sync(message.scope, message.entries) : retain(message.prefix, message.keep)
      if (changed) {
        generation++
        scheduleSave()
      }
      if (queue.length === 0) {
        // Posting lists grew with room to spare while entries were indexed: give it back once idle.
        index.compact()
        post({ type: 'idle', entries: index.size, generation })
      }
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  } finally {
    working = false
  }
}

const ready = (async () => {
  const snapshot = await loadSnapshot()
  if (snapshot) {
    try {
      index = SearchIndex.fromJSON(snapshot.index)
      for (const [scope, ids] of Object.entries(snapshot.scopes)) scopes.set(scope, new Set(ids))
    } catch (error) {
      console.warn('Search index cache invalid; rebuilding', error)
      index = new SearchIndex()
      scopes.clear()
    }
  }
  post({ type: 'ready', entries: index.size, fromCache: snapshot !== null, scopes: [...scopes.keys()] })
})()

function answer(message: Extract<ToWorker, { type: 'search' }>): void {
  const started = performance.now()
  try {
    const results = index.search(message.query, message.options)
    post({ type: 'results', requestId: message.requestId, results, ms: performance.now() - started })
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  // Searches are answered between two slices of indexing: typing stays responsive during a build.
  if (message.type === 'search') void ready.then(() => answer(message))
  else {
    queue.push(message)
    void ready.then(drain)
  }
}
