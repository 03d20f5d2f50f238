// Every English string of the UI, assembled from one catalog per part (./en/*.ts, the same files as ./fr/).
// Typed as a Catalog of the French one: a key missing here, or one French does not have, fails to compile.

import type { Catalog } from '../catalog'
import { annotationsEn } from './en/annotations'
import { annotationLinksEn } from './en/annotation-links'
import { annotationsViewEn } from './en/annotations-view'
import { appEn } from './en/app'
import { archiveDamageEn } from './en/archive-damage'
import { archiveErrorEn } from './en/archive-error'
import { archivesEn } from './en/archives'
import { backupEn } from './en/backup'
import { backupRefusalsEn } from './en/backup-refusals'
import { bookmarksEn } from './en/bookmarks'
import { cardsEn } from './en/cards'
import { citationsEn } from './en/citations'
import { draftsEn } from './en/drafts'
import { findEn } from './en/find'
import { layoutEn } from './en/layout'
import { libraryEn } from './en/library'
import { fileDropEn } from './en/file-drop'
import { libraryFilterEn } from './en/library-filter'
import { libraryRemovalEn } from './en/library-removal'
import { linkCardEn } from './en/link-card'
import { linksEn } from './en/links'
import { copyCardEn } from './en/copy-card'
import { desktopEn } from './en/desktop'
import { passageLinkEn } from './en/passage-link'
import { pdfEn } from './en/pdf'
import { printEn } from './en/print'
import { syncEn } from './en/sync'
import { groupsEn } from './en/groups'
import { savedPageEn } from './en/saved-page'
import { noticeEn } from './en/notice'
import { panelEn } from './en/panel'
import { readerEn } from './en/reader'
import { referenceCardEn } from './en/reference-card'
import { searchEn } from './en/search'
import { settingsEn } from './en/settings'
import { shortcutsEn } from './en/shortcuts'
import { writeErrorsEn } from './en/write-errors'
import type { Messages } from './fr'

export const en: Catalog<Messages> = {
  app: appEn,
  archiveError: archiveErrorEn,
  library: libraryEn,
  libraryFilter: libraryFilterEn,
  fileDrop: fileDropEn,
  libraryRemoval: libraryRemovalEn,
  archives: archivesEn,
  archiveDamage: archiveDamageEn,
  reader: readerEn,
  find: findEn,
  settings: settingsEn,
  layout: layoutEn,
  shortcuts: shortcutsEn,
  panel: panelEn,
  cards: cardsEn,
  reference: referenceCardEn,
  citations: citationsEn,
  link: linkCardEn,
  links: linksEn,
  copyCard: copyCardEn,
  desktop: desktopEn,
  passageLink: passageLinkEn,
  pdf: pdfEn,
  print: printEn,
  sync: syncEn,
  groups: groupsEn,
  savedPage: savedPageEn,
  annotations: annotationsEn,
  annotationLinks: annotationLinksEn,
  annotationsView: annotationsViewEn,
  drafts: draftsEn,
  bookmarks: bookmarksEn,
  search: searchEn,
  notice: noticeEn,
  writeErrors: writeErrorsEn,
  backup: backupEn,
  backupRefusals: backupRefusalsEn
}
