// Opens the archive in the main process once and exposes its state to the UI: loading, open (its name and
// size: its rows are paged, its documents read one at a time), or failed with the file and the problem.

import { useEffect, useState } from 'react'
import type { ArchiveOpenResult } from '../../../shared/archive/archive-types'
import i18next from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { useStartup } from '../startup/startup'

export type ArchiveState = { status: 'loading' } | ArchiveOpenResult

/** The archive as the main process opened it: embedded in the page by main, or asked for over IPC. */
export function useArchive(): ArchiveState {
  const embedded = useStartup().archive
  const [state, setState] = useState<ArchiveState>(() => embedded ?? { status: 'loading' })
  useEffect(() => {
    if (embedded) return
    const api = getFolioApi()
    if (!api) {
      setState({
        ok: false,
        problem: { kind: 'unreadable', file: 'preload', message: i18next.t('app.noBridge') }
      })
      return
    }
    let live = true
    api.openArchive().then(
      (result) => live && setState(result),
      (error: unknown) =>
        live &&
        setState({
          ok: false,
          problem: {
            kind: 'unreadable',
            file: 'manifest.json',
            message: error instanceof Error ? error.message : String(error)
          }
        })
    )
    return () => {
      live = false
    }
  }, [embedded])
  return state
}
