// The library sidebar: a title filter over the archive's documents (a damaged one marked, with its problem) and
// the user's own (add, remove — undoable), their copies (PDFs, saved pages), then for the open document its table of
// contents, references and links.

import { useMenuAction } from '../desktop/use-main-events'
import { useEffect, useId, useRef, useState } from 'react'
import type {
  ArchiveDocumentEntry,
  ArchiveOpenResult,
  ArchiveProblem,
  DamagedArchiveDocument
} from '../../../shared/archive/archive-types'
import { ArchiveSwitcher } from '../archive/archive-switcher'
import { LibraryCopies } from '../copies/library-copies'
import { damagedPlaceholder } from '../archive/damaged-document'
import { useArchiveRows, usePagedRows } from '../archive/use-archive-rows'
import type { ArticleDocument } from '../../../shared/archive/document'
import { formatNumber } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useNotice } from '../layout/notice'
import { importRefusalMessage, libraryProblemMessage, MAIN_PROCESS_LANGUAGE } from '../i18n/main-messages'
import { DocumentList, type DocumentListHandle, type LibraryRow } from './document-list'
import { RemoveDocumentDialog } from './remove-document-dialog'
import { TableOfContents } from './table-of-contents'
import { useDocumentRemoval } from './use-document-removal'
import type { UserLibraryState } from './use-library'

interface LibrarySidebarProps {
  /** The open archive (its rows are fetched from main a page at a time). */
  opened: Extract<ArchiveOpenResult, { ok: true }>
  /** Grows each time a document is found damaged as it opens: the rows are fetched again, to mark it. */
  damageSeen: number
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

/** What the removal dialog shows of a damaged document of the user's: its file's name, no text. */
const damagedOwn = (damaged: DamagedArchiveDocument): ArchiveDocumentEntry => ({
  ...damagedPlaceholder(damaged),
  origin: 'user'
})

export function LibrarySidebar({ opened, damageSeen, library, current }: LibrarySidebarProps) {
  const archiveCount = opened.archive.count
  const { t } = useTranslation()
  const { openDocument } = useNavigation()
  const notice = useNotice()
  const [removing, setRemoving] = useState<ArchiveDocumentEntry | null>(null)
  const [query, setQuery] = useState('')
  const filterField = useRef<HTMLInputElement>(null)
  const archiveList = useRef<DocumentListHandle>(null)
  const mineList = useRef<DocumentListHandle>(null)
  const headingIds = useId()
  const archive = useArchiveRows(query, archiveCount > 0, current.id)
  const { refresh } = archive
  useEffect(() => {
    if (damageSeen > 0) refresh()
  }, [damageSeen, refresh])
  const archiveRows = archive.rows
  // The user's own documents, paged from main as the archive's are; fetched again after each change of the library.
  const mine = usePagedRows(library.list, query, library.count > 0, current.id)
  const { refresh: refreshMine } = mine
  useEffect(() => {
    if (library.revision > 0 || damageSeen > 0) refreshMine()
  }, [library.revision, damageSeen, refreshMine])
  const shown = (archive.total ?? 0) + (mine.total ?? 0)
  const total = archiveCount + library.count
  const count = query.trim()
    ? t('libraryFilter.matching', { count: shown, shown: formatNumber(shown), total: formatNumber(total) })
    : t('libraryFilter.all', { count: total, total: formatNumber(total) })

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

  useMenuAction('addDocument', () => void add())

  // The document shown instead of a removed one that was open: the archive's first.
  const removeDocument = useDocumentRemoval(library, opened.archive.firstDocument ?? '')
  const remove = (entry: ArchiveDocumentEntry, deleteData: boolean) => {
    setRemoving(null)
    void removeDocument(entry, deleteData)
  }
  // The dialog names the document: read from main (a damaged one by its file's name).
  const askRemoval = (row: LibraryRow) => {
    if (row.damaged) return setRemoving(damagedOwn(row.damaged))
    library.own(row.id).then(
      (read) => {
        if (read.ok) setRemoving(read.entry)
        else if ('damaged' in read) setRemoving(damagedOwn(read.damaged))
        else refreshMine()
      },
      (error: unknown) => notice.fail(error)
    )
  }

  return (
    <nav className="library-sidebar" aria-label={t('library.label')}>
      <div className="library-filter">
        <input
          ref={filterField}
          type="search"
          aria-label={t('libraryFilter.label')}
          placeholder={t('libraryFilter.placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Escape clears the filter; on an empty one it is the drawer's (it closes: layout/drawer.tsx).
            if (event.key === 'Escape' && query) {
              event.preventDefault()
              setQuery('')
            } else if (event.key === 'ArrowDown') {
              event.preventDefault()
              if (!archiveList.current?.focusRow(0)) mineList.current?.focusRow(0)
            }
          }}
        />
        <p className="library-filter-count" role="status">
          {count}
        </p>
      </div>
      <section className="sidebar-section">
        <h2 id={`${headingIds}-archive`}>{t('library.documents')}</h2>
        <DocumentList
          ref={archiveList}
          rows={archiveRows}
          currentId={current.id}
          labelledBy={`${headingIds}-archive`}
          query={query}
          onLeaveTop={() => filterField.current?.focus()}
        />
      </section>
      <section className="sidebar-section">
        <h2 id={`${headingIds}-mine`}>{t('library.mine')}</h2>
        {library.count ? (
          <DocumentList
            ref={mineList}
            rows={mine.rows}
            currentId={current.id}
            labelledBy={`${headingIds}-mine`}
            query={query}
            onRemove={askRemoval}
            onLeaveTop={() =>
              archiveList.current?.focusRow(archiveRows.length - 1) ? undefined : filterField.current?.focus()
            }
          />
        ) : library.loaded ? (
          <p className="muted">{t('library.noneAdded')}</p>
        ) : null}
        {library.problems.map((problem) => (
          <LibraryProblem key={problem.file} problem={problem} />
        ))}
        <button type="button" className="add-document" onClick={() => void add()}>
          {t('library.add')}
        </button>
      </section>
      <LibraryCopies currentId={current.id} />
      <ArchiveSwitcher opened={opened} />
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
