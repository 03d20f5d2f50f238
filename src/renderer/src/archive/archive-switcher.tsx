// The archive switcher, at the top of the library: which archive is open, the others the user opened (each
// keeps its own notes: their ids are scoped), and "Ouvrir une archive…". Switching reloads the window on the
// new archive, as a start would, so nothing of the old one stays in memory.

import { useMenuAction } from '../desktop/use-main-events'
import { useEffect, useRef, useState } from 'react'
import type { ArchiveChoice, ArchiveOpenResult } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'
import { MAIN_PROCESS_LANGUAGE } from '../i18n/main-messages'
import { getFolioApi } from '../ipc/folio-client'
import { useNotice } from '../layout/notice'

/** Reloads the window on the archive main has just made the open one. */
const reloadOnArchive = () => window.location.reload()

export function ArchiveSwitcher({ opened }: { opened: Extract<ArchiveOpenResult, { ok: true }> }) {
  const { t } = useTranslation()
  const notice = useNotice()
  const [choices, setChoices] = useState<ArchiveChoice[]>([])
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    getFolioApi()
      ?.listArchives()
      .then(
        (list) => live && setChoices(list),
        (error: unknown) => console.warn('The archives opened could not be listed', error)
      )
    return () => {
      live = false
    }
  }, [])

  // The archive chosen last did not open: said once, with main's words for why.
  const told = useRef(false)
  useEffect(() => {
    if (!opened.unavailable || told.current) return
    told.current = true
    notice.show(
      `${t('archives.unavailable', { name: opened.unavailable.name })} (${opened.unavailable.problem.file} : ${opened.unavailable.problem.message})`,
      'error'
    )
  }, [opened.unavailable, notice, t])

  const select = async (path: string | null) => {
    const api = getFolioApi()
    if (!api) return
    setBusy(true)
    const result = await api.selectArchive(path).catch(() => ({ ok: false as const, message: t('archives.failed') }))
    if (result.ok) return reloadOnArchive()
    setBusy(false)
    notice.show(result.message, 'error')
  }

  useMenuAction('openArchive', () => void choose())

  const choose = async () => {
    const api = getFolioApi()
    if (!api) return
    setBusy(true)
    try {
      const result = await api.chooseArchive()
      if (result.ok) return reloadOnArchive()
      if (result.reason === 'invalid') {
        notice.show(`${t('archives.refused')} ${result.problem.file} : ${result.problem.message}`, 'error')
      }
    } catch {
      notice.show(t('archives.failed'), 'error')
    }
    setBusy(false)
  }

  const current = choices.find((choice) => choice.current)
  return (
    <section className="sidebar-section archive-switcher">
      <h2>{t('archives.heading')}</h2>
      {choices.length > 1 ? (
        <select
          aria-label={t('archives.label')}
          value={current?.path ?? ''}
          disabled={busy}
          onChange={(event) => void select(event.target.value === '' ? null : event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.path ?? ''} value={choice.path ?? ''} title={choice.path ?? undefined}>
              {choice.path === null ? t('archives.shipped', { name: choice.name }) : choice.name}
            </option>
          ))}
        </select>
      ) : (
        <p className="archive-current" lang={MAIN_PROCESS_LANGUAGE}>
          {opened.archive.name}
        </p>
      )}
      <button type="button" className="add-document" disabled={busy} onClick={() => void choose()}>
        {t('archives.open')}
      </button>
    </section>
  )
}
