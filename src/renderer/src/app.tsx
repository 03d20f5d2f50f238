// The app shell: loads the archive, then shows the library sidebar, the reader and the side panel
// — or the error screen naming the file at fault. Navigation state lives here and flows down.

import { useMemo, useState } from 'react'
import { ArchiveErrorScreen } from './archive/archive-error-screen'
import { useArchive } from './archive/use-archive'
import { useTranslation } from './i18n/i18n'
import { LibrarySidebar } from './library/library-sidebar'
import { NavigationContext, type Navigation, type PanelTab } from './layout/navigation'
import { blockElementId, cardElementId, reveal } from './layout/reveal'
import { SidePanel } from './layout/side-panel'
import { ReaderView } from './reader/reader-view'

/** Runs `action` after React has painted the newly opened document. */
const afterPaint = (action: () => void) => requestAnimationFrame(() => requestAnimationFrame(action))

export function App() {
  const { t } = useTranslation()
  const archive = useArchive()
  const [openId, setOpenId] = useState<string | null>(null)
  const [panelTab, setPanelTab] = useState<PanelTab>('cards')

  const documents = 'status' in archive || !archive.ok ? [] : archive.archive.documents
  const entry = documents.find((doc) => doc.id === openId) ?? documents[0]
  const documentId = entry?.id ?? ''

  const navigation = useMemo<Navigation>(
    () => ({
      documentId,
      openDocument: setOpenId,
      panelTab,
      showPanelTab: setPanelTab,
      goToBlock(targetDocument, blockId) {
        setOpenId(targetDocument)
        afterPaint(() => reveal(blockElementId(blockId)))
      },
      goToCard(targetDocument, cardId) {
        setOpenId(targetDocument)
        setPanelTab('cards')
        afterPaint(() => reveal(cardElementId(cardId)))
      }
    }),
    [documentId, panelTab]
  )

  if ('status' in archive) {
    return (
      <main className="loading" aria-busy="true">
        {t('app.loading')}
      </main>
    )
  }
  if (!archive.ok) return <ArchiveErrorScreen problem={archive.problem} />
  if (!entry) return null

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app-shell">
        <header className="app-header">
          <span className="app-name">{t('app.name')}</span>
          <span className="archive-name">{archive.archive.name}</span>
        </header>
        <LibrarySidebar archive={archive.archive} current={entry.document} onOpen={setOpenId} />
        <main className="reader-pane">
          <ReaderView key={entry.id} entry={entry} />
        </main>
        <SidePanel document={entry.document} />
      </div>
    </NavigationContext.Provider>
  )
}
