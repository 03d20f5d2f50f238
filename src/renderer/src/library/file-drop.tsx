// Files dropped anywhere on the window, as in Zotero or Calibre: while files are dragged over it, a drop zone says
// what dropping does; dropped, each file Folio reads is read here (its bytes, never its path) and sent to main,
// which adds it; folders and other types are refused with a notice, nothing else lost. Also the launch's files.

import { useEffect, useRef, useState } from 'react'
import type { AddedFile } from '../../../shared/desktop/added-files'
import { extensionsOf } from '../../../shared/library/accepted-files'
import { getFolioApi } from '../ipc/folio-client'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import type { FileOutcome } from './added-files-notice'
import { dropItems, sortDrop, type SortedDrop } from './sort-drop'
import { useReportAddedFiles } from './use-added-files'
import { useLaunchedFiles } from './use-launched-files'
import type { UserLibraryState } from './use-library'

/** The extensions the zone names, from the one table of the files Folio takes. */
const HINT_EXTENSIONS = {
  text: extensionsOf('text').join(', '),
  markdown: extensionsOf('markdown').join(', '),
  html: extensionsOf('html').join(', ')
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** A drag that carries files from outside the page (not a selection of text, not a link). */
const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true

/** Reads and sends each batch in turn (one batch's bytes in memory at a time); one outcome per item, in order. */
async function addSorted({ refused, batches }: SortedDrop): Promise<FileOutcome[]> {
  const outcomes = new Map<number, FileOutcome>()
  for (const { index, name, reason } of refused) outcomes.set(index, { ok: false, name, reason })
  const api = getFolioApi()
  for (const batch of batches) {
    const read: { index: number; name: string; bytes: Uint8Array }[] = []
    for (const { index, file } of batch) {
      try {
        read.push({ index, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
      } catch {
        // A folder the browser did not say was one, or a file gone since the drop.
        outcomes.set(index, { ok: false, name: file.name, reason: 'unreadable' })
      }
    }
    if (read.length === 0) continue
    let answers: AddedFile[]
    try {
      if (!api) throw new Error('no main process')
      answers = await api.addDroppedFiles(read.map(({ name, bytes }) => ({ name, bytes })))
    } catch (error) {
      answers = read.map(({ name }) => ({ ok: false, name, reason: 'failed', message: messageOf(error) }))
    }
    read.forEach(({ index, name }, at) => {
      outcomes.set(index, answers[at] ?? { ok: false, name, reason: 'failed', message: '' })
    })
  }
  return [...outcomes.entries()].sort(([a], [b]) => a - b).map(([, outcome]) => outcome)
}

/** The drop zone over the whole window while files are dragged, and what adds dropped and launched files. */
export function FileDrop({ library }: { library: Pick<UserLibraryState, 'refresh'> }) {
  const { t } = useTranslation()
  const notice = useNotice()
  const report = useReportAddedFiles(library)
  useLaunchedFiles(report)
  const [dragging, setDragging] = useState(false)
  // dragenter and dragleave come for every element crossed: the zone shows while more were entered than left.
  const depth = useRef(0)
  const latest = useRef({ report, notice, t })
  useEffect(() => {
    latest.current = { report, notice, t }
  })

  useEffect(() => {
    const hide = () => {
      depth.current = 0
      setDragging(false)
    }
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current++
      setDragging(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      // Without this the drop would not happen (and Chromium would open the file in place of the app).
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return
      event.preventDefault()
      hide()
      // Taken now: the DataTransfer is emptied once the event is over.
      const sorted = sortDrop(dropItems(event.dataTransfer))
      const count = sorted.batches.reduce((sum, batch) => sum + batch.length, 0)
      const { notice, report, t } = latest.current
      if (count > 0) notice.show(t('fileDrop.adding', { count }))
      void addSorted(sorted).then(report, (error: unknown) => notice.fail(error))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    window.addEventListener('blur', hide)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
      window.removeEventListener('blur', hide)
    }
  }, [])

  if (!dragging) return null
  return (
    <div className="file-drop-zone" role="status">
      <div className="file-drop-target">
        <p className="file-drop-title">{t('fileDrop.zone')}</p>
        <p className="file-drop-hint">{t('fileDrop.hint', HINT_EXTENSIONS)}</p>
      </div>
    </div>
  )
}
