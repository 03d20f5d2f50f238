// Renderer entry: sets up the message catalogs and styles, then mounts the app.

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n/i18n'
import './styles/base.css'
import './styles/layout.css'
import './styles/reader.css'
import './styles/cards.css'
import './styles/bookmarks.css'
import './styles/annotations.css'
import './styles/backup.css'
import './styles/themes.css'
import './styles/search.css'
import { App } from './app'
import { StorageGate } from './backup/storage-gate'
import { NoticeProvider } from './layout/notice'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <NoticeProvider>
        <StorageGate>
          <App />
        </StorageGate>
      </NoticeProvider>
    </StrictMode>
  )
}
