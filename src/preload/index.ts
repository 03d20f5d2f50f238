// The preload: exposes the typed Folio API as `window.folio`, one named function per method, and `on` for
// the events main sends (checked before a listener sees them). No raw ipcRenderer, no event objects, no Node
// globals reach the page.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createFolioApi, type FolioPageApi } from '../shared/ipc/contract'
import { createFolioEvents } from '../shared/ipc/folio-events'

const api: FolioPageApi = {
  ...createFolioApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
  ...createFolioEvents((channel, listener) => {
    // Electron's event (its sender, its ports) stays here: the page gets the arguments alone.
    const receive = (_event: IpcRendererEvent, ...args: unknown[]) => listener(...args)
    ipcRenderer.on(channel, receive)
  })
}

contextBridge.exposeInMainWorld('folio', api)
