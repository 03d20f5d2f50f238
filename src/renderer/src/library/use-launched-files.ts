// The files a launch handed Folio ("Open with Folio", a file on the command line, macOS's open-file): main sends
// their paths as the addFiles event, and the page asks main to add them — main adds only the paths it handed.

import { useEffect, useRef } from 'react'
import { getFolioPageApi } from '../ipc/folio-client'
import type { FileOutcome } from './added-files-notice'

const nameOf = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Adds each launch's files while mounted, and hands `report` what became of them. */
export function useLaunchedFiles(report: (outcomes: FileOutcome[]) => void): void {
  const latest = useRef(report)
  useEffect(() => {
    latest.current = report
  })
  useEffect(() => {
    const api = getFolioPageApi()
    if (!api) return
    return api.on('addFiles', (paths) => {
      api.addLaunchedFiles(paths).then(
        (answers) => latest.current(answers),
        (error: unknown) =>
          latest.current(
            paths.map((path) => ({ ok: false, name: nameOf(path), reason: 'failed', message: messageOf(error) }))
          )
      )
    })
  }, [])
}
