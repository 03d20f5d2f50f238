// The shipped archive is read-only: main loads and checks it once, when first asked (by the first
// screen or by the renderer's loadArchive), and every later ask gets the same result.

import type { ArchiveLoadResult } from '../../shared/archive/archive-types'
import { loadArchive } from './load-archive'

export function cachedArchive(dir: string): () => Promise<ArchiveLoadResult> {
  let loaded: Promise<ArchiveLoadResult> | null = null
  return () => (loaded ??= loadArchive(dir))
}
