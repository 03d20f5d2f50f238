// English strings of the "Data" dialog (export, import, clear), the start-up safety backup screen and
// the Markdown export's own words. Same keys as ./fr/backup.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { backupFr } from '../fr/backup'

export const backupEn: Catalog<typeof backupFr> = {
  open: 'Data',
  openHint: 'Export, back up, import or erase your notes',
  title: 'Your data',
  close: 'Close',
  summary: '{{annotations}} · {{bookmarks}} · {{others}}',
  summaryAnnotations_one: '{{count}} annotation',
  summaryAnnotations_other: '{{count}} annotations',
  summaryBookmarks_one: '{{count}} bookmark',
  summaryBookmarks_other: '{{count}} bookmarks',
  summaryOthers_one: '{{count}} other record (URLs, reading positions, settings)',
  summaryOthers_other: '{{count}} other records (URLs, reading positions, settings)',
  export: {
    title: 'Export',
    scope: 'Scope',
    scopeDocument: 'This document: {{title}}',
    scopeAll: 'All of Folio',
    format: 'Format',
    markdown: 'Markdown — for a note-taking app',
    w3c: 'W3C Web Annotation (JSON-LD) — annotations only',
    backup: 'Full Folio backup (JSON) — restorable',
    action: 'Export…',
    nothing: 'Nothing to export: no notes and no bookmarks.',
    template: 'Template',
    templates: {
      plain: 'Plain text — one file, each note with its citation and link',
      obsidian: 'Obsidian — one file with its properties (front matter) and #tags',
      'per-document': 'One file per document — an Obsidian note per document, in a folder'
    },
    preview: 'Preview',
    previewLoading: 'Preparing the preview…',
    previewFailed: 'The preview couldn’t be prepared: {{message}}',
    previewFiles_one: '{{count}} file: {{names}}',
    previewFiles_other: '{{count}} files: {{names}}',
    previewCut: '… (the rest is in the file)',
    done: 'Exported to “{{fileName}}”.',
    doneFolder_one: 'Exported to the folder “{{fileName}}” ({{count}} file).',
    doneFolder_other: 'Exported to the folder “{{fileName}}” ({{count}} files).',
    canceled: 'Export cancelled.',
    failed: 'The export failed: {{message}}',
    collectionLabel: 'Folio annotations',
    fileTypes: {
      markdown: 'Markdown',
      w3c: 'W3C Web Annotation (JSON-LD)',
      backup: 'Folio backup'
    }
  },
  import: {
    title: 'Import or restore',
    hint: 'A Folio backup or a W3C annotation file. The whole file is checked, then a preview appears: nothing is written until you confirm.',
    choose: 'Choose a file…',
    previewTitle: 'Preview of “{{fileName}}”',
    kindBackup: 'Folio backup of {{date}} (schema v{{version}})',
    kindW3c: 'W3C annotations',
    attached_one: '{{count}} annotation from another source will be attached to the open document.',
    attached_other: '{{count}} annotations from another source will be attached to the open document.',
    counts: {
      new: 'New',
      updated: 'Updated',
      conflict: 'In conflict',
      unchanged: 'Unchanged'
    },
    rule: 'Nothing is deleted or overwritten without a trace: when an item changed on both sides, the most recent version is kept and the other is saved as a copy (annotations) or added to the note (bookmarks). A safety backup is written before any update.',
    confirm: 'Import',
    cancel: 'Cancel',
    done: 'Import finished: {{new}} new, {{updated}} updated, {{conflict}} in conflict (copies kept), {{unchanged}} unchanged.',
    refused: 'File refused — your data hasn’t changed. {{message}}',
    fileType: 'Folio backup or W3C annotations',
    openRefused: {
      'too-large': 'The file is over 100 MB, the size limit for an import.',
      'not-text': 'This file isn’t UTF-8 text: it isn’t a Folio export.',
      failed: 'The file couldn’t be read. ({{detail}})'
    }
  },
  clear: {
    title: 'Erase all data',
    hint: 'Deletes annotations, bookmarks, URLs, reading positions and settings. A safety backup is written to Folio’s folder first.',
    action: 'Erase all data…',
    confirmQuestion: 'Really erase everything? {{annotations}} and {{bookmarks}} will be deleted from Folio.',
    confirm: 'Yes, erase everything',
    cancel: 'Cancel',
    done: 'All data was erased. Safety backup: {{fileName}}.',
    doneEmpty: 'There was nothing to erase.'
  },
  progress: {
    reading: 'Reading the database…',
    validating: 'Checking the file…',
    planning: 'Comparing with your data…',
    writing: 'Writing…',
    serializing: 'Preparing the file…',
    clearing: 'Erasing…',
    count: '{{done}} / {{total}}'
  },
  failed: 'The operation failed: {{message}}',
  safetyBackupFailed: '{{message}} Nothing was changed.',
  noMainForSafetyBackup: 'The main process is missing: the safety backup can’t be written.',
  noApi: 'The bridge to the main process is missing: files can’t be read or written.',
  storage: {
    notPersisted: 'Storage not guaranteed',
    notPersistedHint:
      'The browser didn’t grant persistent storage: your notes could be erased if the disk runs out of space. Export a backup regularly.',
    dismiss: 'Hide this warning',
    opening: 'Opening your notes…',
    backupFailedTitle: 'The update of your notes is on hold',
    backupFailed:
      'Folio needs to update the database of your notes (schema v{{from}} → v{{to}}), but the safety backup couldn’t be written: {{message}} Your notes haven’t been changed.',
    openFailedTitle: 'Your notes can’t be opened',
    openFailed: 'The database refused to open: {{message}}',
    retry: 'Try again',
    continueAnyway: 'Update without a backup'
  },
  markdown: {
    allTitle: 'Folio notes',
    exported: 'Exported from Folio on {{date}} — {{annotations}}, {{bookmarks}}.',
    annotations: 'Annotations',
    bookmarks: 'Bookmarks',
    tags: 'Tags',
    color: 'Colour',
    page: 'Page',
    citation: 'Citation',
    openInFolio: 'Open in Folio',
    created: 'created {{date}}',
    updated: 'edited {{date}}',
    bookmarkCreated: 'created {{date}}',
    kinds: {
      document: 'document',
      position: 'passage',
      reference: 'reference',
      link: 'link'
    }
  }
}
