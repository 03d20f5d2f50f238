// The words of main's own dialogs (the link confirmation, the import dialogs' file types, leaving with a draft), in the UI
// language the renderer last reported. Results sent back to the renderer carry codes it translates.

import type { Language } from '../../shared/settings/settings'

const dialogFr = {
  openLink: {
    message: 'Ouvrir ce lien dans votre navigateur ?',
    cancel: 'Annuler',
    open: 'Ouvrir dans le navigateur'
  },
  documentFilter: 'Documents (texte, Markdown)',
  pdfFilter: 'PDF',
  savedPageFilter: 'Page web enregistrée',
  unsavedDraft: {
    message: 'Une note n’est pas enregistrée.',
    detail: 'Son brouillon est gardé : Folio vous le proposera quand vous rouvrirez la note.',
    stay: 'Rester',
    leave: 'Quitter quand même'
  }
}

export type DialogMessages = typeof dialogFr

export const dialogMessages: Record<Language, DialogMessages> = {
  fr: dialogFr,
  en: {
    openLink: {
      message: 'Open this link in your browser?',
      cancel: 'Cancel',
      open: 'Open in browser'
    },
    documentFilter: 'Documents (text, Markdown)',
    pdfFilter: 'PDF',
    savedPageFilter: 'Saved web page',
    unsavedDraft: {
      message: 'A note is not saved.',
      detail: 'Its draft is kept: Folio will offer it back when you open the note again.',
      stay: 'Stay',
      leave: 'Leave anyway'
    }
  }
}
