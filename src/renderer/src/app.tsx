// The app shell: loads the archive, then shows the library sidebar, the reader and the cards panel
// — or the error screen naming the file at fault.

import { useState } from 'react'
import { ArchiveErrorScreen } from './archive/archive-error-screen'
import { useArchive } from './archive/use-archive'
import { useTranslation } from './i18n/i18n'
import { CardsPanel } from './layout/cards-panel'
import { LibrarySidebar } from './library/library-sidebar'
import { ReaderView } from './reader/reader-view'

export function App() {
  const { t } = useTranslation()
  const archive = useArchive()
  const [openId, setOpenId] = useState<string | null>(null)

  if ('status' in archive) {
    return (
      <main className="loading" aria-busy="true">
        {t('app.loading')}
      </main>
    )
  }
  if (!archive.ok) return <ArchiveErrorScreen problem={archive.problem} />

  const { documents } = archive.archive
  const entry = documents.find((doc) => doc.id === openId) ?? documents[0]
  if (!entry) return null
  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="archive-name">{archive.archive.name}</span>
      </header>
      <LibrarySidebar archive={archive.archive} current={entry.document} onOpen={setOpenId} />
      <main className="reader-pane">
        <ReaderView entry={entry} />
      </main>
      <CardsPanel document={entry.document} />
    </div>
  )
}
