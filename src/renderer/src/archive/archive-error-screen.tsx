// The screen shown when the archive cannot be read: it names the file and the problem,
// so the user (or support) knows what to restore. Never a blank window.

import type { ArchiveProblem } from '../../../shared/archive/archive-types'
import { useTranslation } from '../i18n/i18n'

export function ArchiveErrorScreen({ problem }: { problem: ArchiveProblem }) {
  const { t } = useTranslation()
  return (
    <main className="error-screen" role="alert" aria-labelledby="archive-error-title">
      <h1 id="archive-error-title">{t('archiveError.title')}</h1>
      <p className="error-kind">{t(`archiveError.kinds.${problem.kind}`)}</p>
      <dl>
        <dt>{t('archiveError.file')}</dt>
        <dd>
          <code data-testid="error-file">{problem.file}</code>
        </dd>
        <dt>{t('archiveError.problem')}</dt>
        <dd data-testid="error-message">{problem.message}</dd>
      </dl>
      <p className="error-hint">{t('archiveError.hint')}</p>
    </main>
  )
}
