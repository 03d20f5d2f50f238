// Loads the archive from the main process once and exposes its state to the UI:
// loading, loaded, or failed with the file and the problem.

import { useEffect, useState } from 'react'
import type { ArchiveLoadResult } from '../../../shared/archive/archive-types'
import { getFolioApi } from '../ipc/folio-client'

export type ArchiveState = { status: 'loading' } | ArchiveLoadResult

/**
 * The first request, sent as this module loads: the archive travels from main while the page starts up
 * (database, first render) rather than after. The first mount takes it; any later mount asks again.
 */
let early: Promise<ArchiveLoadResult> | null = getFolioApi()?.loadArchive() ?? null
// The hook handles its outcome; a failure before the hook mounts is not an unhandled rejection.
early?.catch(() => undefined)

/** The archive as the main process read it. */
export function useArchive(): ArchiveState {
  const [state, setState] = useState<ArchiveState>({ status: 'loading' })
  useEffect(() => {
    const api = getFolioApi()
    if (!api) {
      setState({
        ok: false,
        problem: { kind: 'unreadable', file: 'preload', message: 'Le pont vers le processus principal est absent.' }
      })
      return
    }
    let live = true
    const request = early ?? api.loadArchive()
    early = null
    request.then(
      (result) => live && setState(result),
      (error: unknown) =>
        live &&
        setState({
          ok: false,
          problem: { kind: 'unreadable', file: 'manifest.json', message: error instanceof Error ? error.message : String(error) }
        })
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
