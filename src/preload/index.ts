// The preload: exposes the typed Folio API as `window.folio`, one named function per method.
// No raw ipcRenderer, no event objects, no Node globals reach the page.

import { contextBridge, ipcRenderer } from 'electron'
import { createFolioApi } from '../shared/ipc/contract'

contextBridge.exposeInMainWorld(
  'folio',
  createFolioApi((channel, ...args) => ipcRenderer.invoke(channel, ...args))
)
