// What the sync's status says, short (the header's button) and long (the dialog), in the UI language: always
// what main last told, never a guess.

import type { SyncStatus } from '../../../shared/sync/sync-types'
import { formatIsoDateTime, formatIsoTime } from '../i18n/format'
import type { TFunction } from 'i18next'

export function shortStatus(status: SyncStatus, t: TFunction): string {
  switch (status.state) {
    case 'synced':
      return t('sync.short.synced', { time: formatIsoTime(status.at) })
    case 'syncing':
      return t('sync.short.syncing')
    case 'offline':
      return t('sync.short.offline')
    case 'refused':
      return t('sync.short.refused')
    default:
      return t('sync.short.off')
  }
}

export function longStatus(status: SyncStatus, t: TFunction): string {
  switch (status.state) {
    case 'synced':
      return t('sync.long.synced', { when: formatIsoDateTime(status.at) })
    case 'syncing':
      return t('sync.long.syncing', { sent: status.sent, received: status.received })
    case 'offline':
      return t('sync.long.offline', { count: status.pending, time: formatIsoTime(status.since) })
    case 'refused':
      return t(status.reason === 'token' ? 'sync.long.refusedToken' : 'sync.long.refusedOther', {
        message: status.message
      })
    default:
      return t('sync.long.off')
  }
}
