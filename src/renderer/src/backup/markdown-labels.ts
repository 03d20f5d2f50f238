// The words of the Markdown export (backup/markdown-export.ts), from the backup.markdown catalog: one definition for
// every place that exports Markdown.

import type { TFunction } from 'i18next'
import { HIGHLIGHT_COLORS } from '../db/annotation'
import { formatIsoDate } from '../i18n/format'
import type { MarkdownLabels } from './markdown-export'

/** The Markdown export's words in the UI language: the data dialog's export and the annotations view's. */
export function markdownLabels(t: TFunction): MarkdownLabels {
  return {
    allTitle: t('backup.markdown.allTitle'),
    exported: (date, annotations, bookmarks) =>
      t('backup.markdown.exported', {
        date,
        annotations: t('backup.summaryAnnotations', { count: annotations }),
        bookmarks: t('backup.summaryBookmarks', { count: bookmarks })
      }),
    annotations: t('backup.markdown.annotations'),
    bookmarks: t('backup.markdown.bookmarks'),
    tags: t('backup.markdown.tags'),
    color: t('backup.markdown.color'),
    page: t('backup.markdown.page'),
    citation: t('backup.markdown.citation'),
    openInFolio: t('backup.markdown.openInFolio'),
    created: (date) => t('backup.markdown.created', { date }),
    updated: (date) => t('backup.markdown.updated', { date }),
    bookmarkCreated: (date) => t('backup.markdown.bookmarkCreated', { date }),
    colorName: (color) => (HIGHLIGHT_COLORS.includes(color) ? t(`annotations.colors.${color}`) : color),
    kindName: (kind) => t(`backup.markdown.kinds.${kind}`),
    formatDate: (iso) => formatIsoDate(iso.slice(0, 10))
  }
}
