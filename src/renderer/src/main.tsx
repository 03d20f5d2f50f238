// The app: sets up the message catalogs and mounts it with what the boot step read (first-screen/boot.ts).

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { i18nReady } from './i18n/i18n'
import { App } from './app'
import { NoticeProvider } from './layout/notice'
import { StartupContext, type Startup } from './startup/startup'
import { StorageGate } from './storage/storage-gate'
import { SyncProvider } from './sync/sync-context'

/** Mounts the app in #root, starting from `startup`, once the page's language can be shown. */
export async function startApp(startup: Startup): Promise<void> {
  const root = document.getElementById('root')
  if (!root) return
  await i18nReady
  performance.mark('folio:app-start')
  createRoot(root).render(
    <StrictMode>
      <StartupContext.Provider value={startup}>
        <NoticeProvider>
          <StorageGate>
            <SyncProvider>
              <App />
            </SyncProvider>
          </StorageGate>
        </NoticeProvider>
      </StartupContext.Provider>
    </StrictMode>
  )
}
