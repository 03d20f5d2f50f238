// The words of a failed write in the UI language: the one place where a store's WriteError code becomes an
// i18n key, its lengths and limits formatted as the UI writes numbers. Any other error says its own message.

import { MAX_URL_LENGTH } from '../../../shared/links/url-policy'
import { WriteError, type WriteErrorCode } from '../db/write-error'
import { formatNumber } from '../i18n/format'
import i18next from '../i18n/i18n'

/** Each code's i18n key; `formatted`: its number values written as the UI language writes them ("100 000"). */
const WORDING: Record<WriteErrorCode, { key: string; formatted?: true }> = {
  quota: { key: 'writeErrors.quota' },
  unavailable: { key: 'writeErrors.unavailable' },
  failed: { key: 'writeErrors.failed' },
  'annotation-note-too-long': { key: 'annotations.errors.noteTooLong', formatted: true },
  'annotation-quote-too-long': { key: 'annotations.errors.quoteTooLong', formatted: true },
  'annotation-tag-too-long': { key: 'annotations.errors.tagTooLong' },
  'annotation-too-many-tags': { key: 'annotations.errors.tooManyTags' },
  'annotation-color': { key: 'annotations.errors.color' },
  'annotation-gone': { key: 'annotations.errors.gone' },
  'bookmark-note-too-long': { key: 'bookmarks.errors.noteTooLong', formatted: true },
  'bookmark-tag-too-long': { key: 'bookmarks.errors.tagTooLong' },
  'bookmark-too-many-tags': { key: 'bookmarks.errors.tooManyTags' },
  'bookmark-kind': { key: 'bookmarks.errors.kind' },
  'bookmark-target': { key: 'bookmarks.errors.target' },
  'bookmark-document-target': { key: 'bookmarks.errors.documentTarget' },
  'bookmark-gone': { key: 'bookmarks.errors.gone' },
  // The URL policy's reason names the words: links.rejected.<reason>.
  'url-refused': { key: 'links.rejected' }
}

/** A WriteError in words. */
export function writeErrorText(error: WriteError): string {
  const { key, formatted } = WORDING[error.code]
  if (error.code === 'url-refused')
    return i18next.t(`${key}.${String(error.values.reason)}`, { scheme: error.values.scheme, max: MAX_URL_LENGTH })
  const values = formatted
    ? Object.fromEntries(
        Object.entries(error.values).map(([name, value]) => [
          name,
          typeof value === 'number' ? formatNumber(value) : value
        ])
      )
    : error.values
  return i18next.t(key, values)
}

/** What to tell the user of a failure: a WriteError's words, or any other error's message. */
export function errorText(error: unknown): string {
  if (error instanceof WriteError) return writeErrorText(error)
  return error instanceof Error ? error.message : String(error)
}
