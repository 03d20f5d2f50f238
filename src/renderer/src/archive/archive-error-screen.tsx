// The screen shown when the archive cannot be read: it names the file and the problem (in the UI
// language, from the problem's kind), then main's own detail, so the user knows what to restore.

import type { ArchiveProblem } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'
import { MAIN_PROCESS_LANGUAGE } from '../i18n/main-messages'

export function ArchiveErrorScreen({ problem }: { problem: ArchiveProblem }) {
  const { t } = useTranslation()
  return (
    <main className="error-screen" role="alert" aria-labelledby="archive-error-title">
      <h1 id="archive-error-title">{t('archiveError.title')}</h1>
      <p className="error-kind">{t(`archiveError.kinds.${problem.kind}`)}</p>
      <p>{t(`archiveError.explain.${problem.kind}`, { file: problem.file })}</p>
      <dl>
        <dt>{t('archiveError.file')}</dt>
        <dd>
          <code data-testid="error-file">{problem.file}</code>
        </dd>
        <dt>{t('archiveError.detail')}</dt>
        {/* The main process's own words (always French): the precise cause, e.g. the manifest's faulty field. */}
        <dd data-testid="error-message" lang={MAIN_PROCESS_LANGUAGE}>
          {problem.message}
        </dd>
      </dl>
      <p className="error-hint">{t('archiveError.hint')}</p>
    </main>
  )
}
