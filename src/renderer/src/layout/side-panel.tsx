// The panel beside the reader, in tabs: reference and link cards, the document's notes, bookmarks.

import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { ArticleDocument } from '../../../shared/archive/document'
import { NotesPanel } from '../annotations/notes-panel'
import { BookmarksView } from '../bookmarks/bookmarks-view'
import { useTranslation } from '../i18n/i18n'
import { CardsPanel } from './cards-panel'
import { useNavigation, type PanelTab } from './navigation'

const TABS: PanelTab[] = ['cards', 'notes', 'bookmarks']

export function SidePanel({
  document,
  documents
}: {
  document: ArticleDocument
  documents: readonly ArchiveDocumentEntry[]
}) {
  const { t } = useTranslation()
  const { panelTab, showPanelTab } = useNavigation()
  return (
    <aside className="side-panel" aria-label={t('panel.label')}>
      <div role="tablist" className="panel-tabs" aria-label={t('panel.label')}>
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={panelTab === tab}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={panelTab === tab ? 0 : -1}
            onClick={() => showPanelTab(tab)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
              if (!step) return
              const next = TABS[(TABS.indexOf(panelTab) + step + TABS.length) % TABS.length] ?? 'cards'
              showPanelTab(next)
              window.document.getElementById(`tab-${next}`)?.focus()
            }}
          >
            {t(`panel.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panelTab}`} aria-labelledby={`tab-${panelTab}`} className="panel-body">
        {panelTab === 'cards' ? <CardsPanel document={document} /> : null}
        {panelTab === 'notes' ? <NotesPanel document={document} /> : null}
        {panelTab === 'bookmarks' ? <BookmarksView documents={documents} /> : null}
      </div>
    </aside>
  )
}
