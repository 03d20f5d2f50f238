// English strings of the notice bar: closing a message, "Undo" and why an undo did not happen.
// Same keys as ../fr/notice.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { noticeFr } from '../fr/notice'

export const noticeEn: Catalog<typeof noticeFr> = {
  close: 'Dismiss the message',
  undo: 'Undo',
  notUndone: {
    quota: 'Nothing was put back: the disk is full. Free some space, then Undo again.',
    unavailable: 'Nothing was put back: the database is unavailable. Try Undo again.',
    failed: 'Nothing was put back ({{detail}}). Try Undo again.'
  }
}
