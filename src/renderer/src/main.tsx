// The app: sets up the message catalogs and mounts it. Loaded by the boot script (first-screen/boot.ts).

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n/i18n'
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
