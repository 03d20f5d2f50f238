// The library sidebar: the archive's documents, and for the open one its references and links,
// each a jump to its card.

import type { Archive } from '../../../shared/archive/archive-types'
import type { ArticleDocument } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'

interface LibrarySidebarProps {
  archive: Archive
  current: ArticleDocument
  onOpen: (documentId: string) => void
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

export function LibrarySidebar({ archive, current, onOpen }: LibrarySidebarProps) {
  const { t } = useTranslation()
  return (
    <nav className="library-sidebar" aria-label={t('library.label')}>
      <section className="sidebar-section">
        <h2>{t('library.documents')}</h2>
        <ul>
          {archive.documents.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className="sidebar-item document-item"
                aria-current={entry.id === current.id ? 'page' : undefined}
                onClick={() => onOpen(entry.id)}
              >
                {entry.document.title}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <JumpList
        title={t('library.references')}
        items={current.references.map((reference) => ({ id: reference.id, label: reference.title ?? reference.sourceText }))}
      />
      <JumpList title={t('library.links')} items={current.links.map((link) => ({ id: link.id, label: link.title }))} />
    </nav>
  )
}
