// App-wide navigation: which document is open, which side-panel tab shows, and jumps to a block
// or a card (opening the document first). State flows down from the app; components call these.

import { createContext, useContext } from 'react'

export type PanelTab = 'cards' | 'notes' | 'bookmarks'

export interface Navigation {
  documentId: string
  openDocument(documentId: string): void
  panelTab: PanelTab
  showPanelTab(tab: PanelTab): void
  /** Opens the document if needed, then scrolls to the block and flashes it. */
  goToBlock(documentId: string, blockId: string): void
  /** Opens the document if needed, shows the cards tab and reveals the reference or link card. */
  goToCard(documentId: string, cardId: string): void
}

export const NavigationContext = createContext<Navigation | null>(null)

/** The app's navigation; only valid under the app shell. */
export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useNavigation outside NavigationContext')
  return navigation
}
