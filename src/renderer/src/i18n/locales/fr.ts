// Every French string of the UI, assembled from one catalog per part of the product (./fr/*.ts).
// Add a key to the part's catalog and to its twin in each other language — never inline text in a component.

import { annotationsFr } from './fr/annotations'
import { annotationLinksFr } from './fr/annotation-links'
import { annotationsViewFr } from './fr/annotations-view'
import { appFr } from './fr/app'
import { archiveDamageFr } from './fr/archive-damage'
import { archiveErrorFr } from './fr/archive-error'
import { archivesFr } from './fr/archives'
import { backupFr } from './fr/backup'
import { backupRefusalsFr } from './fr/backup-refusals'
import { bookmarksFr } from './fr/bookmarks'
import { cardsFr } from './fr/cards'
import { citationsFr } from './fr/citations'
import { draftsFr } from './fr/drafts'
import { findFr } from './fr/find'
import { layoutFr } from './fr/layout'
import { fileDropFr } from './fr/file-drop'
import { libraryFilterFr } from './fr/library-filter'
import { libraryFr } from './fr/library'
import { libraryRemovalFr } from './fr/library-removal'
import { linkCardFr } from './fr/link-card'
import { linksFr } from './fr/links'
import { copyCardFr } from './fr/copy-card'
import { desktopFr } from './fr/desktop'
import { passageLinkFr } from './fr/passage-link'
import { pdfFr } from './fr/pdf'
import { printFr } from './fr/print'
import { syncFr } from './fr/sync'
import { groupsFr } from './fr/groups'
import { savedPageFr } from './fr/saved-page'
import { noticeFr } from './fr/notice'
import { panelFr } from './fr/panel'
import { readerFr } from './fr/reader'
import { referenceCardFr } from './fr/reference-card'
import { searchFr } from './fr/search'
import { settingsFr } from './fr/settings'
import { shortcutsFr } from './fr/shortcuts'
import { writeErrorsFr } from './fr/write-errors'

export const fr = {
  app: appFr,
  archiveError: archiveErrorFr,
  library: libraryFr,
  libraryFilter: libraryFilterFr,
  fileDrop: fileDropFr,
  libraryRemoval: libraryRemovalFr,
  archives: archivesFr,
  archiveDamage: archiveDamageFr,
  reader: readerFr,
  find: findFr,
  settings: settingsFr,
  layout: layoutFr,
  shortcuts: shortcutsFr,
  panel: panelFr,
  cards: cardsFr,
  reference: referenceCardFr,
  citations: citationsFr,
  link: linkCardFr,
  links: linksFr,
  copyCard: copyCardFr,
  desktop: desktopFr,
  passageLink: passageLinkFr,
  pdf: pdfFr,
  print: printFr,
  sync: syncFr,
  groups: groupsFr,
  savedPage: savedPageFr,
  annotations: annotationsFr,
  annotationLinks: annotationLinksFr,
  annotationsView: annotationsViewFr,
  drafts: draftsFr,
  bookmarks: bookmarksFr,
  search: searchFr,
  notice: noticeFr,
  writeErrors: writeErrorsFr,
  backup: backupFr,
  backupRefusals: backupRefusalsFr
}

export type Messages = typeof fr
