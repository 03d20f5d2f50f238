// What the reader shows for a damaged archive document: the file, the problem (in the UI language, from its
// kind, then main's own detail) and that the user's notes on it are kept — shown as orphans in the notes panel.

import type { DamagedArchiveDocument } from '../../../shared/archive/archive-types'
import { useAnnotations } from '../annotations/annotations-context'
import { useTranslation } from '../i18n/i18n'
import { MAIN_PROCESS_LANGUAGE } from '../i18n/main-messages'
import { useHandOver } from '../startup/startup'

export function DamagedDocumentPanel({ damaged }: { damaged: DamagedArchiveDocument }) {
  const { t } = useTranslation()
  const { annotations } = useAnnotations()
  const { problem } = damaged
  // Shown at start when no document of the archive opened: the first screen, if any, gives way.
  useHandOver()
  return (
    <div className="reader-surface">
      <section
        className="error-screen damaged-document"
        role="alert"
        aria-labelledby="damaged-document-title"
        data-document-id={damaged.id}
      >
        <h1 id="damaged-document-title">{t('archiveDamage.title', { title: damaged.title })}</h1>
        <p className="error-kind">{t(`archiveError.kinds.${problem.kind}`)}</p>
        <p>{t(`archiveError.explain.${problem.kind}`, { file: problem.file })}</p>
        <dl>
          <dt>{t('archiveError.file')}</dt>
          <dd>
            <code data-testid="damaged-file">{problem.file}</code>
          </dd>
          <dt>{t('archiveError.detail')}</dt>
          {/* Main's own words (always French): the precise cause, e.g. the sizes that differ. */}
          <dd data-testid="damaged-message" lang={MAIN_PROCESS_LANGUAGE}>
            {problem.message}
          </dd>
        </dl>
        <p className="damaged-document-kept">
          {t('archiveDamage.kept')}
          {annotations ? <> {t('archiveDamage.orphans', { count: annotations.length })}</> : null}
        </p>
        <p className="error-hint">{t('archiveDamage.hint')}</p>
      </section>
    </div>
  )
}
