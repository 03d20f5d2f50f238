// Every French string of the UI, one catalog per part of the product (./fr/*.ts) merged here.
// Add a key to the part's catalog (and to each other language) — never inline text in a component.

import { readerMessages } from '../../../../shared/i18n/reader-messages'
import { annotationsFr } from './fr/annotations'
import { backupFr } from './fr/backup'
import { backupRefusalsFr } from './fr/backup-refusals'
import { bookmarksFr } from './fr/bookmarks'
import { citationsFr } from './fr/citations'
import { draftsFr } from './fr/drafts'
import { layoutFr } from './fr/layout'
import { linksFr } from './fr/links'
import { archiveDamageFr } from './fr/archive-damage'
import { archivesFr } from './fr/archives'
import { libraryFilterFr } from './fr/library-filter'
import { libraryRemovalFr } from './fr/library-removal'

export const fr = {
  annotations: annotationsFr,
  backup: backupFr,
  backupRefusals: backupRefusalsFr,
  bookmarks: bookmarksFr,
  citations: citationsFr,
  drafts: draftsFr,
  layout: layoutFr,
  links: linksFr,
  libraryFilter: libraryFilterFr,
  libraryRemoval: libraryRemovalFr,
  archiveDamage: archiveDamageFr,
  archives: archivesFr,
  app: {
    name: 'Folio',
    loading: 'Chargement de l’archive…',
    noBridge: 'Le pont vers le processus principal est absent.',
    unavailable: 'Le processus principal est indisponible.'
  },
  archiveError: {
    title: 'L’archive ne peut pas être ouverte',
    file: 'Fichier',
    detail: 'Détails',
    hint: 'Vos notes et signets ne sont pas touchés. Réinstallez Folio ou restaurez ce fichier, puis relancez l’application.',
    kinds: {
      missing: 'Fichier manquant',
      unreadable: 'Fichier illisible',
      'invalid-manifest': 'Manifeste invalide',
      checksum: 'Fichier altéré',
      'invalid-document': 'Document invalide',
      'invalid-entry': 'Entrée du manifeste refusée',
      'outside-archive': 'Fichier hors de l’archive',
      duplicate: 'Entrée en double',
      recovered: 'Bibliothèque réparée'
    },
    explain: {
      missing: 'Le fichier « {{file}} » manque dans le dossier de l’archive.',
      unreadable: 'Le fichier « {{file}} » ne peut pas être lu.',
      'invalid-manifest': 'Le manifeste « {{file}} » ne décrit pas l’archive correctement.',
      checksum: 'Le contenu de « {{file}} » ne correspond pas au manifeste : le fichier a été modifié ou abîmé.',
      'invalid-document': 'Le document « {{file}} » ne peut pas être lu comme un article.',
      'invalid-entry': 'Le manifeste décrit « {{file}} » d’une façon que Folio refuse.',
      'outside-archive': '« {{file}} » mène hors du dossier de l’archive : Folio ne le lit pas.',
      duplicate: 'Le manifeste liste « {{file}} » ou son id deux fois.',
      recovered: 'La liste « {{file}} » était abîmée : elle a été reconstruite à partir des copies de vos documents.'
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
    problem: '{{kind}} : « {{file}} » ne peut pas être ouvert.',
    recovered:
      '{{kind}} : la liste de vos documents (« {{file}} ») était abîmée ; elle a été reconstruite à partir des copies, rien n’a été supprimé.',
    refused: {
      'too-large': 'Ce fichier dépasse 10 Mo, la taille limite d’un document.',
      unsupported: 'Seuls les fichiers .txt et .md (Markdown) peuvent être ajoutés.',
      'not-a-file':
        'Ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique) : il ne peut pas être ajouté.',
      binary: 'C’est un fichier binaire, pas du texte : il ne peut pas être ajouté.',
      'not-utf8': 'Ce fichier n’est pas en UTF-8 : {{found}}. Enregistrez-le en UTF-8, puis réessayez.',
      empty: 'Ce fichier est vide.',
      'no-title': 'La première ligne d’un article doit être son titre (« Titre - English title »).',
      'too-complex': 'Ce document est trop complexe pour être lu sans ralentir Folio : il n’a pas été ajouté.',
      duplicate: 'Ce fichier est déjà dans votre bibliothèque.',
      failed: 'L’ajout a échoué ; la bibliothèque est inchangée. ({{detail}})'
    },
    encodings: {
      'windows-1252': 'encodage probable Windows-1252',
      'latin-1': 'encodage probable ISO-8859-1 (Latin-1) ou Windows-1252',
      'utf-16-no-bom': 'encodage probable UTF-16 sans marque d’ordre des octets (BOM)',
      'utf-32': 'il est en UTF-32',
      'damaged-utf-16': 'il est marqué UTF-16, mais ses octets n’en sont pas (fichier abîmé ?)',
      unknown: 'encodage inconnu (ni UTF-8, ni UTF-16, ni Latin-1)'
    },
    references: 'Références',
    links: 'Liens externes',
    none: 'Aucun'
  },
  reader: readerMessages.fr,
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
    keys: {
      help: '?',
      search: 'Ctrl+K',
      find: 'Ctrl+F',
      highlight: 'Ctrl+Maj+H',
      note: 'Ctrl+Maj+N',
      bookmark: 'Ctrl+D',
      bookmarkDocument: 'Ctrl+Maj+D',
      undo: 'Ctrl+Z',
      saveNote: 'Ctrl+Entrée',
      close: 'Échap',
      focus: 'Tab / Maj+Tab',
      tabs: '← →',
      library: 'Ctrl+Maj+L',
      panel: 'Ctrl+Maj+P',
      zoom: 'Ctrl+plus / Ctrl+moins / Ctrl+0'
    },
    actions: {
      help: 'Afficher cette aide',
      search: 'Rechercher dans toute la bibliothèque',
      find: 'Chercher dans le document',
      highlight: 'Surligner la sélection',
      note: 'Surligner la sélection et écrire une note',
      bookmark: 'Ajouter ou retirer un signet sur la position lue',
      bookmarkDocument: 'Ajouter ou retirer un signet sur le document',
      undo: 'Annuler la dernière suppression',
      saveNote: 'Enregistrer la note en cours',
      close: 'Fermer une fenêtre, un menu ou la recherche',
      focus: 'Passer d’un élément à l’autre',
      tabs: 'Changer d’onglet dans le panneau latéral',
      library: 'Afficher ou masquer la bibliothèque (quand elle est déjà à l’écran : y aller)',
      panel: 'Afficher ou masquer les fiches, les notes et les signets (quand ils sont déjà à l’écran : y aller)',
      zoom: 'Agrandir, réduire ou remettre à 100 % l’affichage (retenu pour la prochaine fois)'
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
    archiveUnavailable:
      'La recherche dans le texte de l’archive est indisponible (son index est endommagé) : seuls vos notes, signets et documents sont cherchés.',
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
    close: 'Fermer le message',
    undo: 'Annuler',
    notUndone: {
      quota: 'Rien n’a été rétabli : espace disque insuffisant. Libérez de la place, puis « Annuler » à nouveau.',
      unavailable: 'Rien n’a été rétabli : la base de données est indisponible. Réessayez avec « Annuler ».',
      failed: 'Rien n’a été rétabli ({{detail}}). Réessayez avec « Annuler ».'
    }
  },
  writeErrors: {
    quota: 'Espace disque insuffisant : la note n’a pas été enregistrée. Votre texte est conservé dans l’éditeur.',
    unavailable:
      'La base de données est indisponible (fermée ou bloquée par une autre fenêtre). Votre texte est conservé ; réessayez.',
    failed: 'L’enregistrement a échoué ({{detail}}). Votre texte est conservé dans l’éditeur.'
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
    archived: 'Date d’archivage',
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
