// English strings of the sync with the user's other devices (sync/sync-button.tsx, sync/sync-dialog.tsx).

import type { Catalog } from '../../catalog'
import type { syncFr } from '../fr/sync'

export const syncEn: Catalog<typeof syncFr> = {
  open: 'Sync',
  openHint: 'Sync your notes with your other devices',
  short: {
    off: 'Sync',
    syncing: 'Syncing…',
    synced: 'Synced {{time}}',
    offline: 'Offline',
    refused: 'Sync refused'
  },
  long: {
    off: 'This device is linked to no server: your notes stay here.',
    syncing: 'Syncing: {{sent}} sent, {{received}} received.',
    synced: 'Synced: {{when}}.',
    offline_one: 'Offline since {{time}}; {{count}} change waits for the server.',
    offline_other: 'Offline since {{time}}; {{count}} changes wait for the server.',
    refusedToken: 'The server refuses this token (unknown, removed or expired): {{message}}',
    refusedOther: 'The server refuses the connection: {{message}}'
  },
  title: 'Sync',
  intro:
    'Link this device to a Folio server to find your annotations, bookmarks, links, reading positions and settings on your other devices. Everything also works offline.',
  server: 'Server address',
  account: 'Account',
  token: 'Token',
  connect: 'Connect',
  connecting: 'Connecting…',
  connected: 'Connected: {{count}} record(s) of this device sent to the server.',
  firstBackup: 'A safety backup of your data is written before the first connection.',
  disconnect: 'Disconnect this device',
  disconnected: 'This device no longer syncs; your data stays on it.',
  close: 'Close',
  where: '{{account}} on {{server}}'
}
