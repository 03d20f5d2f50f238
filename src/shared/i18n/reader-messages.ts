// The reader's words, in every UI language. They are shared because two places draw the article: the
// renderer (React, through i18next's catalogs, which take these objects) and main's first screen.

import type { Language } from '../settings/settings'

const readerFr = {
  label: 'Lecteur',
  englishTitle: 'Titre anglais',
  infobox: 'Fiche',
  emptySection: 'Section vide dans la source.',
  noValue: 'non renseigné',
  showCard: 'Voir la fiche',
  sourceNotes: 'Notes sur la source'
}

export type ReaderMessages = typeof readerFr

export const readerMessages: Record<Language, ReaderMessages> = {
  fr: readerFr,
  en: {
    label: 'Reader',
    englishTitle: 'English title',
    infobox: 'Fact sheet',
    emptySection: 'Empty section in the source.',
    noValue: 'not given',
    showCard: 'Show card',
    sourceNotes: 'Notes on the source'
  }
}
