// The app shell: loads the archive, then shows the library sidebar, the reader and the side panel
// — or the error screen naming the file at fault. Navigation state lives here and flows down. When the
// window is narrow, the sidebar and the panel are drawers opened from the header (layout/drawers.ts).

import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { blockElementId } from '../../shared/archive/block-element-id'
import { COPY_ID } from '../../shared/copies/copy-types'
import { saveReadingState } from './db/reading-store'
import { AnnotationsProvider } from './annotations/annotations-context'
import { SyncButton } from './sync/sync-button'
import { CopyReader } from './copies/copy-reader'
import { ArchiveErrorScreen } from './archive/archive-error-screen'
import { DamagedDocumentPanel } from './archive/damaged-document-panel'
import { useArchive } from './archive/use-archive'
import { DataButton } from './backup/data-button'
import { moveLegacyCitationStyle } from './citations/citation-style-preference'
import { ReaderBookmarkBar } from './bookmarks/reader-bookmark-bar'
import { useTranslation } from './i18n/i18n'
import { FileDrop } from './library/file-drop'
import { useUserLibrary } from './library/use-library'
import { useNotedDocuments } from './library/use-noted-documents'
import { useOpenDocument } from './library/use-open-document'
import { Drawer, DrawerToggle } from './layout/drawer'
import { useDrawers } from './layout/drawers'
import { NavigationContext, type Navigation, type PanelTab } from './layout/navigation'
import { cardElementId, reveal } from './layout/reveal'
import { ReaderView } from './reader/reader-view'
import { FindBar } from './find/find-bar'
import { KeepFirstScreenCache } from './first-screen/keep-first-screen-cache'
import { SearchBox } from './search/search-box'
import { useSearchSync } from './search/use-search-sync'
import { ShortcutsHelp, useHelpShortcut } from './layout/shortcuts-help'
import { DisplaySettings } from './settings/display-settings'
import { SettingsContext } from './settings/settings-context'
import { useApplySettings, useSettings } from './settings/use-settings'
import { useZoomShortcuts } from './settings/use-zoom-shortcuts'
import { useAfterHandOver } from './startup/startup'
import { OpenArchiveContext } from './archive/open-archive-context'
import { useAppMenu } from './desktop/use-app-menu'
import { passageLinkOfAnnotation } from './links/passage-link-of'
import { PassageLinkContext } from './links/open-passage-link'
import { usePassageLinks } from './links/use-passage-links'
import type { Annotation } from './db/annotation'
import { DEFAULT_SETTINGS } from '../../shared/settings/settings'
import { isInviteLink } from '../../shared/sync/invite-link'

// The library and the side panel load once the reader is the app's (useAfterHandOver): their code is not on the
// path to the first click. Until then, their empty frames hold their place, as on main's first screen.
const LibrarySidebar = lazy(() =>
  import('./library/library-sidebar').then((module) => ({ default: module.LibrarySidebar }))
)
const SidePanel = lazy(() => import('./layout/side-panel').then((module) => ({ default: module.SidePanel })))
const AnnotationsView = lazy(() =>
  import('./annotations-view/annotations-view').then((module) => ({ default: module.AnnotationsView }))
)
/** A group's invite link, opened by a launch: its dialog (and the groups' code) loads only then. */
const InviteLinkDialog = lazy(() =>
  import('./groups/invite-link-dialog').then((module) => ({ default: module.InviteLinkDialog }))
)
const emptySidebar = <div className="library-sidebar" />
const emptyPanel = <div className="side-panel" />

/** Runs `action` after React has painted the newly opened document. */
const afterPaint = (action: () => void) => requestAnimationFrame(() => requestAnimationFrame(action))

export function App() {
  const { t } = useTranslation()
  const archive = useArchive()
  const library = useUserLibrary()
  const settings = useSettings()
  useApplySettings(settings)
  useZoomShortcuts()
  const drawers = useDrawers()
  const { show: showDrawer, closeAll: closeDrawers } = drawers
  useEffect(
    () =>
      void moveLegacyCitationStyle().catch((error: unknown) =>
        console.warn('The citation style was not moved to the settings', error)
      ),
    []
  )
  const [helpOpen, setHelpOpen] = useState(false)
  const [inviteLink, setInviteLink] = useState<string | null>(null)
  useHelpShortcut(useCallback(() => setHelpOpen(true), []))
  const [panelTab, setPanelTab] = useState<PanelTab>('cards')
  // The reader pane shows the open document, or every annotation of the library.
  const [view, setView] = useState<'reader' | 'annotations'>('reader')
  // The library and the side panel come once the reader is the app's: the first click needs neither.
  const afterHandOver = useAfterHandOver()

  const archiveInfo = 'status' in archive || !archive.ok ? undefined : archive.archive
  // The archive's own text is searched in main; the worker indexes the user's documents (fed ahead) and notes.
  useSearchSync(library)
  const { entry, damaged, damageSeen, open: openInReader, replace } = useOpenDocument(library, archiveInfo, settings)
  const documents = useNotedDocuments(library, entry)
  // Whatever opens a document or jumps into the text shows the reader: an open drawer would cover it.
  const openDocument = useCallback(
    (id: string) => {
      closeDrawers()
      openInReader(id)
    },
    [closeDrawers, openInReader]
  )
  const documentId = entry?.id ?? ''

  const navigation = useMemo<Navigation>(
    () => ({
      documentId,
      openDocument,
      panelTab,
      showPanelTab: setPanelTab,
      goToBlock(targetDocument, blockId) {
        // A copy not shown yet opens where its viewer restores it: its reading position, moved to the block first.
        if (COPY_ID.test(targetDocument) && targetDocument !== documentId) {
          void saveReadingState(targetDocument, blockId, 0)
            .catch((error: unknown) => console.warn('Reading position not moved', error))
            .then(() => openDocument(targetDocument))
          return
        }
        openDocument(targetDocument)
        afterPaint(() => reveal(blockElementId(blockId)))
      },
      goToCard(targetDocument, cardId) {
        openDocument(targetDocument)
        // The card is in the side panel: opened first when it is a drawer.
        showDrawer('panel')
        setPanelTab('cards')
        afterPaint(() => reveal(cardElementId(cardId)))
      }
    }),
    [documentId, panelTab, openDocument, showDrawer]
  )
  const passageLinks = usePassageLinks({
    archiveId: archiveInfo?.id,
    entry,
    damaged,
    library,
    openDocument,
    goToCard: navigation.goToCard
  })
  const { follow: followLink } = passageLinks
  const followInReader = useCallback(
    (link: Parameters<typeof followLink>[0]) => {
      setView('reader')
      followLink(link)
    },
    [followLink]
  )
  const openAnnotation = useCallback(
    (annotation: Annotation) => archiveInfo && followInReader(passageLinkOfAnnotation(archiveInfo.id, annotation)),
    [archiveInfo, followInReader]
  )
  useAppMenu({
    settings: settings ?? DEFAULT_SETTINGS,
    openHelp: () => setHelpOpen(true),
    openPassageLink: (url) => {
      if (isInviteLink(url)) return setInviteLink(url)
      setView('reader')
      passageLinks.followText(url)
    }
  })

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
    <SettingsContext.Provider value={settings}>
      <OpenArchiveContext.Provider value={archiveInfo ?? null}>
        <PassageLinkContext.Provider value={followInReader}>
          <NavigationContext.Provider value={navigation}>
            <div className="app-shell" ref={drawers.shellRef}>
              <header className="app-header">
                <DrawerToggle name="library" drawers={drawers} />
                <span className="app-name">{t('app.name')}</span>
                <span className="archive-name">{archive.archive.name}</span>
                <SearchBox documents={documents} />
                <div className="header-tools">
                  <button
                    type="button"
                    className="header-button"
                    aria-pressed={view === 'annotations'}
                    title={t('desktop.annotationsHint')}
                    onClick={() => setView((shown) => (shown === 'annotations' ? 'reader' : 'annotations'))}
                  >
                    {t('desktop.annotations')}
                  </button>
                  <SyncButton />
                  <DataButton documents={documents} currentDocumentId={entry.id} />
                  <DisplaySettings settings={settings ?? DEFAULT_SETTINGS} />
                  <button
                    type="button"
                    className="header-button"
                    aria-label={t('shortcuts.button')}
                    title={t('shortcuts.button')}
                    onClick={() => setHelpOpen(true)}
                  >
                    ?
                  </button>
                  <DrawerToggle name="panel" drawers={drawers} />
                </div>
              </header>
              {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
              {inviteLink ? (
                <Suspense fallback={null}>
                  <InviteLinkDialog key={inviteLink} text={inviteLink} onClose={() => setInviteLink(null)} />
                </Suspense>
              ) : null}
              <FileDrop library={library} />
              <Drawer name="library" drawers={drawers}>
                {afterHandOver ? (
                  <Suspense fallback={emptySidebar}>
                    <LibrarySidebar
                      opened={archive}
                      damageSeen={damageSeen}
                      library={library}
                      current={entry.document}
                    />
                  </Suspense>
                ) : (
                  emptySidebar
                )}
              </Drawer>
              <AnnotationsProvider key={entry.id} document={entry.document}>
                <KeepFirstScreenCache />
                <main className="reader-pane">
                  {/* A damaged document has no text to find, bookmark or read: the reader says what is wrong. */}
                  {view === 'annotations' ? (
                    <Suspense fallback={null}>
                      <AnnotationsView documents={documents} onOpen={openAnnotation} />
                    </Suspense>
                  ) : damaged ? (
                    <DamagedDocumentPanel key={entry.id} damaged={damaged} />
                  ) : entry.copy ? (
                    <CopyReader key={entry.id} entry={entry} onText={replace} />
                  ) : (
                    <>
                      <FindBar key={entry.id} document={entry.document} />
                      <ReaderBookmarkBar document={entry.document} />
                      <ReaderView key={entry.id} entry={entry} />
                    </>
                  )}
                </main>
                <Drawer name="panel" drawers={drawers}>
                  {afterHandOver ? (
                    <Suspense fallback={emptyPanel}>
                      <SidePanel document={entry.document} documents={documents} />
                    </Suspense>
                  ) : (
                    emptyPanel
                  )}
                </Drawer>
              </AnnotationsProvider>
            </div>
          </NavigationContext.Provider>
        </PassageLinkContext.Provider>
      </OpenArchiveContext.Provider>
    </SettingsContext.Provider>
  )
}
