// Every French string of the UI, one catalog per part of the product (./fr/*.ts) merged here.
// Add a key to the part's catalog (and to each other language) — never inline text in a component.

import { annotationsFr } from './fr/annotations'
import { bookmarksFr } from './fr/bookmarks'

export const fr = {
  annotations: annotationsFr,
  bookmarks: bookmarksFr,
  app: {
    name: 'Folio',
    loading: 'Chargement de l’archive…'
  },
  archiveError: {
    title: 'L’archive ne peut pas être ouverte',
    file: 'Fichier',
    problem: 'Problème',
    hint: 'Vos notes et signets ne sont pas touchés. Réinstallez Folio ou restaurez ce fichier, puis relancez l’application.',
    kinds: {
      missing: 'Fichier manquant',
      unreadable: 'Fichier illisible',
      'invalid-manifest': 'Manifeste invalide',
      checksum: 'Fichier altéré',
      'invalid-document': 'Document invalide'
    }
  },
  library: {
    label: 'Bibliothèque',
    documents: 'Documents',
    references: 'Références',
    links: 'Liens externes',
    none: 'Aucun'
  },
  reader: {
    label: 'Lecteur',
    englishTitle: 'Titre anglais',
    infobox: 'Fiche',
    emptySection: 'Section vide dans la source.',
    noValue: 'non renseigné',
    showCard: 'Voir la fiche',
    sourceNotes: 'Notes sur la source'
  },
  panel: {
    label: 'Panneau latéral',
    cards: 'Fiches',
    notes: 'Notes',
    bookmarks: 'Signets'
  },
  cards: {
    label: 'Fiches',
    references: 'Références',
    links: 'Liens externes'
  },
  reference: {
    authors: 'Auteurs',
    title: 'Titre',
    container: 'Revue',
    year: 'Année',
    volume: 'Volume',
    issue: 'Numéro',
    pages: 'Pages',
    source: 'Texte de la source',
    showInText: 'Voir dans l’article',
    unknown: 'inconnu dans la source'
  },
  link: {
    title: 'Titre',
    author: 'Auteur',
    year: 'Année',
    publisher: 'Éditeur / site',
    format: 'Format',
    size: 'Taille',
    archived: 'Archivé',
    archivedOn: 'archivé le {{date}}',
    originalUrl: 'Adresse d’origine',
    archivedUrl: 'Adresse de l’archive',
    urlUnknown: 'inconnue dans la source',
    status: 'État',
    statusUnknownUrl: 'Aucune adresse connue : ce lien ne peut pas être ouvert.',
    statusArchived: 'Copie archivée disponible',
    statusLive: 'Adresse d’origine connue',
    source: 'Texte de la source',
    open: 'Ouvrir',
    showInText: 'Voir dans l’article',
    unknown: 'inconnu dans la source'
  }
}

export type Messages = typeof fr
