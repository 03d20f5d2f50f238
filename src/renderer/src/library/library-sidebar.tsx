// The library sidebar: the archive's documents (a damaged one marked, with its problem) and the user's own
// (add, remove — undoable), then for the open document its table of contents, references and links — each a jump.

import { useState } from 'react'
import type {
  ArchiveDocumentEntry,
  ArchiveProblem,
  DamagedArchiveDocument
} from '../../../shared/archive/archive-types'
import type { ArticleDocument } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useNotice } from '../layout/notice'
import { importRefusalMessage, libraryProblemMessage, MAIN_PROCESS_LANGUAGE } from '../i18n/main-messages'
import { RemoveDocumentDialog } from './remove-document-dialog'
import { TableOfContents } from './table-of-contents'
import { useDocumentRemoval } from './use-document-removal'
import type { UserLibraryState } from './use-library'

interface LibrarySidebarProps {
  archiveDocuments: ArchiveDocumentEntry[]
  /** The archive's documents that did not open: listed, marked, and opened as their problem. */
  damagedDocuments: DamagedArchiveDocument[]
  library: UserLibraryState
  current: ArticleDocument
}

function JumpList({ title, items }: { title: string; items: { id: string; label: string }[] }) {
  const { t } = useTranslation()
  const { documentId, goToCard } = useNavigation()
  return (
    <section className="sidebar-section">
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('library.none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className="sidebar-item" onClick={() => goToCard(documentId, item.id)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** A document of the library that cannot be opened: what and which file, in the UI language, then main's detail. */
function LibraryProblem({ problem }: { problem: ArchiveProblem }) {
  const { message, detail } = libraryProblemMessage(problem)
  return (
    <p className="library-problem" role="note">
      {message}
      {detail ? (
        <>
          <br />
          <span className="library-problem-detail" lang={MAIN_PROCESS_LANGUAGE}>
            {detail}
          </span>
        </>
      ) : null}
    </p>
  )
}

/** A damaged archive document's row: its name, marked, and the problem's kind; opening it shows the problem. */
function DamagedRow({ damaged, current }: { damaged: DamagedArchiveDocument; current: ArticleDocument }) {
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  const kind = t(`archiveError.kinds.${damaged.problem.kind}`)
  return (
    <li className="document-row damaged">
      <button
        type="button"
        className="sidebar-item document-item"
        aria-current={damaged.id === current.id ? 'page' : undefined}
        aria-label={t('archiveDamage.rowLabel', { title: damaged.title, kind })}
        onClick={() => openDocument(damaged.id)}
      >
        <span className="damaged-mark" aria-hidden="true">
          ⚠ {t('archiveDamage.badge')}
        </span>{' '}
        {damaged.title}
        <span className="damaged-problem">{kind}</span>
      </button>
    </li>
  )
}

function DocumentList({
  entries,
  damaged = [],
  current,
  onRemove
}: {
  entries: ArchiveDocumentEntry[]
  damaged?: DamagedArchiveDocument[]
  current: ArticleDocument
  onRemove?: (entry: ArchiveDocumentEntry) => void
}) {
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.id} className="document-row">
          <button
            type="button"
            className="sidebar-item document-item"
            aria-current={entry.id === current.id ? 'page' : undefined}
            onClick={() => openDocument(entry.id)}
          >
            {entry.document.title}
          </button>
          {onRemove ? (
            <button
              type="button"
              className="icon-button"
              aria-label={t('library.removeLabel', { title: entry.document.title })}
              title={t('library.remove')}
              onClick={() => onRemove(entry)}
            >
              ×
            </button>
          ) : null}
        </li>
      ))}
      {damaged.map((entry) => (
        <DamagedRow key={entry.id} damaged={entry} current={current} />
      ))}
    </ul>
  )
}

export function LibrarySidebar({ archiveDocuments, damagedDocuments, library, current }: LibrarySidebarProps) {
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  const notice = useNotice()
  const [removing, setRemoving] = useState<ArchiveDocumentEntry | null>(null)

  const add = async () => {
    const result = await library.add()
    if (result.ok) {
      notice.show(t('library.added', { title: result.entry.document.title }))
      openDocument(result.entry.id)
    } else {
      const refusal = importRefusalMessage(result)
      if (refusal) notice.show(refusal, 'error')
    }
  }

  const removeDocument = useDocumentRemoval(library, archiveDocuments[0]?.id ?? '')
  const remove = (entry: ArchiveDocumentEntry, deleteData: boolean) => {
    setRemoving(null)
    void removeDocument(entry, deleteData)
  }

  return (
    <nav className="library-sidebar" aria-label={t('library.label')}>
      <section className="sidebar-section">
        <h2>{t('library.documents')}</h2>
        <DocumentList entries={archiveDocuments} damaged={damagedDocuments} current={current} />
      </section>
      <section className="sidebar-section">
        <h2>{t('library.mine')}</h2>
        {library.documents.length ? (
          <DocumentList entries={library.documents} current={current} onRemove={setRemoving} />
        ) : (
          <p className="muted">{t('library.noneAdded')}</p>
        )}
        {library.problems.map((problem) => (
          <LibraryProblem key={problem.file} problem={problem} />
        ))}
        <button type="button" className="add-document" onClick={() => void add()}>
          {t('library.add')}
        </button>
      </section>
      <TableOfContents document={current} />
      <JumpList
        title={t('library.references')}
        items={current.references.map((reference) => ({
          id: reference.id,
          label: reference.title ?? reference.sourceText
        }))}
      />
      <JumpList title={t('library.links')} items={current.links.map((link) => ({ id: link.id, label: link.title }))} />
      {removing ? (
        <RemoveDocumentDialog
          entry={removing}
          onCancel={() => setRemoving(null)}
          onConfirm={(deleteData) => remove(removing, deleteData)}
        />
      ) : null}
    </nav>
  )
}
