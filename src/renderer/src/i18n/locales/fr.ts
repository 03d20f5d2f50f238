// Every French string of the UI, one catalog per part of the product (./fr/*.ts) merged here.
// Add a key to the part's catalog (and to each other language) — never inline text in a component.

import { annotationsFr } from './fr/annotations'
import { backupFr } from './fr/backup'
import { bookmarksFr } from './fr/bookmarks'
import { citationsFr } from './fr/citations'
import { linksFr } from './fr/links'

export const fr = {
  annotations: annotationsFr,
  backup: backupFr,
  bookmarks: bookmarksFr,
  citations: citationsFr,
  links: linksFr,
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
    documents: 'Archive',
    mine: 'Mes documents',
    noneAdded: 'Aucun document ajouté.',
    add: 'Ajouter un document…',
    added: '« {{title}} » a été ajouté à votre bibliothèque.',
    contents: 'Sommaire',
    remove: 'Retirer',
    removeLabel: 'Retirer « {{title}} » de la bibliothèque',
    removeTitle: 'Retirer « {{title}} » de votre bibliothèque ?',
    removeCopy: 'La copie du fichier « {{file}} » dans votre bibliothèque sera supprimée. L’archive livrée avec Folio n’est pas touchée.',
    removeData: 'Vos {{annotations}} annotation(s) et {{bookmarks}} signet(s) sur ce document :',
    keepData: 'les garder (ils restent dans vos exports et reviennent si vous ajoutez à nouveau ce fichier)',
    deleteData: 'les supprimer définitivement',
    noData: 'Vous n’avez ni annotation ni signet sur ce document.',
    cancel: 'Annuler',
    removed: '« {{title}} » a été retiré ; vos annotations et signets sont gardés.',
    removedWithData: '« {{title}} » a été retiré avec ses annotations et signets.',
    problem: '« {{file}} » ne peut pas être ouvert : {{message}}',
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
  settings: {
    button: 'Affichage',
    label: 'Réglages d’affichage',
    theme: 'Thème',
    themes: { system: 'Comme le système', light: 'Clair', dark: 'Sombre', sepia: 'Sépia' },
    fontSize: 'Taille du texte : {{size}} px',
    lineWidth: 'Largeur de ligne : {{width}} caractères',
    language: 'Langue',
    languages: { fr: 'Français', en: 'English' }
  },
  shortcuts: {
    button: 'Raccourcis clavier',
    title: 'Raccourcis clavier',
    close: 'Fermer',
    actions: {
      help: 'Afficher cette aide',
      search: 'Rechercher dans toute la bibliothèque',
      find: 'Chercher dans le document',
      highlight: 'Surligner la sélection',
      note: 'Surligner la sélection et écrire une note',
      bookmark: 'Ajouter ou retirer un signet sur la position lue',
      undo: 'Annuler la dernière suppression',
      saveNote: 'Enregistrer la note en cours',
      close: 'Fermer une fenêtre, un menu ou la recherche',
      focus: 'Passer d’un élément à l’autre',
      tabs: 'Changer d’onglet dans le panneau latéral'
    }
  },
  search: {
    label: 'Recherche dans la bibliothèque',
    input: 'Rechercher dans la bibliothèque',
    placeholder: 'Rechercher (Ctrl+K)…',
    results: 'Résultats de la recherche',
    summary_one: '{{count}} résultat',
    summary_other: '{{count}} résultats',
    none: 'Aucun résultat pour « {{query}} ».',
    indexing: 'Indexation… {{done}} / {{total}}',
    gone: 'Cet élément n’existe plus.',
    kinds: {
      passage_one: 'Texte ({{count}})',
      passage_other: 'Texte ({{count}})',
      reference_one: 'Références ({{count}})',
      reference_other: 'Références ({{count}})',
      link_one: 'Liens ({{count}})',
      link_other: 'Liens ({{count}})',
      note_one: 'Notes ({{count}})',
      note_other: 'Notes ({{count}})',
      tag_one: 'Étiquettes ({{count}})',
      tag_other: 'Étiquettes ({{count}})',
      bookmark_one: 'Signets ({{count}})',
      bookmark_other: 'Signets ({{count}})'
    }
  },
  find: {
    label: 'Chercher dans le document',
    input: 'Chercher dans le document',
    count: '{{current}} sur {{total}}',
    none: 'Aucun résultat',
    previous: 'Résultat précédent (Maj+Entrée)',
    next: 'Résultat suivant (Entrée)',
    close: 'Fermer la recherche (Échap)'
  },
  notice: {
    close: 'Fermer le message'
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
