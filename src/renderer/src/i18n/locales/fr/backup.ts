// French strings of the "Données" dialog (export, import, clear), the start-up safety backup screen and
// the Markdown export's own words.

export const backupFr = {
  open: 'Données',
  openHint: 'Exporter, sauvegarder, importer ou effacer vos notes',
  title: 'Vos données',
  close: 'Fermer',
  summary: '{{annotations}} · {{bookmarks}} · {{others}}',
  summaryAnnotations_one: '{{count}} annotation',
  summaryAnnotations_other: '{{count}} annotations',
  summaryBookmarks_one: '{{count}} signet',
  summaryBookmarks_other: '{{count}} signets',
  summaryOthers_one: '{{count}} autre enregistrement (adresses, positions, réglages)',
  summaryOthers_other: '{{count}} autres enregistrements (adresses, positions, réglages)',
  export: {
    title: 'Exporter',
    scope: 'Portée',
    scopeDocument: 'Ce document : {{title}}',
    scopeAll: 'Tout Folio',
    format: 'Format',
    markdown: 'Markdown — pour une application de notes',
    w3c: 'W3C Web Annotation (JSON-LD) — annotations seulement',
    backup: 'Sauvegarde complète Folio (JSON) — restaurable',
    action: 'Exporter…',
    nothing: 'Rien à exporter : aucune note ni aucun signet.',
    template: 'Modèle',
    templates: {
      plain: 'Texte simple — un fichier, chaque note avec sa citation et son lien',
      obsidian: 'Obsidian — un fichier avec ses propriétés (front matter) et des #étiquettes',
      'per-document': 'Un fichier par document — une note Obsidian par document, dans un dossier'
    },
    preview: 'Aperçu',
    previewLoading: 'Préparation de l’aperçu…',
    previewFailed: 'L’aperçu n’a pas pu être préparé : {{message}}',
    previewFiles_one: '{{count}} fichier : {{names}}',
    previewFiles_other: '{{count}} fichiers : {{names}}',
    previewCut: '… (la suite est dans le fichier)',
    done: 'Exporté dans « {{fileName}} ».',
    doneFolder_one: 'Exporté dans le dossier « {{fileName}} » ({{count}} fichier).',
    doneFolder_other: 'Exporté dans le dossier « {{fileName}} » ({{count}} fichiers).',
    canceled: 'Export annulé.',
    failed: 'L’export a échoué : {{message}}',
    collectionLabel: 'Annotations Folio',
    fileTypes: {
      markdown: 'Markdown',
      w3c: 'W3C Web Annotation (JSON-LD)',
      backup: 'Sauvegarde Folio'
    }
  },
  import: {
    title: 'Importer ou restaurer',
    hint: 'Une sauvegarde Folio ou un fichier d’annotations W3C. Tout le fichier est vérifié, puis un aperçu s’affiche : rien n’est écrit avant votre confirmation.',
    choose: 'Choisir un fichier…',
    previewTitle: 'Aperçu de « {{fileName}} »',
    kindBackup: 'Sauvegarde Folio du {{date}} (schéma v{{version}})',
    kindW3c: 'Annotations W3C',
    attached_one: '{{count}} annotation d’une autre source sera rattachée au document ouvert.',
    attached_other: '{{count}} annotations d’une autre source seront rattachées au document ouvert.',
    counts: {
      new: 'Nouveaux',
      updated: 'Mis à jour',
      conflict: 'En conflit',
      unchanged: 'Inchangés'
    },
    rule: 'Rien n’est supprimé ni écrasé sans trace : quand un élément a changé des deux côtés, la version la plus récente est gardée et l’autre est conservée en copie (annotations) ou ajoutée à la note (signets). Une sauvegarde de sécurité est écrite avant toute mise à jour.',
    confirm: 'Importer',
    cancel: 'Annuler',
    done: 'Import terminé : {{new}} nouveaux, {{updated}} mis à jour, {{conflict}} en conflit (copies gardées), {{unchanged}} inchangés.',
    refused: 'Fichier refusé — vos données n’ont pas changé. {{message}}',
    fileType: 'Sauvegarde Folio ou annotations W3C',
    openRefused: {
      'too-large': 'Le fichier dépasse 100 Mo, la taille limite d’un import.',
      'not-text': 'Ce fichier n’est pas du texte UTF-8 : ce n’est pas un export Folio.',
      failed: 'Le fichier n’a pas pu être lu. ({{detail}})'
    }
  },
  clear: {
    title: 'Effacer toutes les données',
    hint: 'Supprime annotations, signets, adresses, positions de lecture et réglages. Une sauvegarde de sécurité est écrite d’abord dans le dossier de Folio.',
    action: 'Effacer toutes les données…',
    confirmQuestion: 'Vraiment tout effacer ? {{annotations}} et {{bookmarks}} seront supprimés de Folio.',
    confirm: 'Oui, tout effacer',
    cancel: 'Annuler',
    done: 'Toutes les données ont été effacées. Sauvegarde de sécurité : {{fileName}}.',
    doneEmpty: 'Il n’y avait rien à effacer.'
  },
  progress: {
    reading: 'Lecture de la base…',
    validating: 'Vérification du fichier…',
    planning: 'Comparaison avec vos données…',
    writing: 'Écriture…',
    serializing: 'Préparation du fichier…',
    clearing: 'Effacement…',
    count: '{{done}} / {{total}}'
  },
  failed: 'L’opération a échoué : {{message}}',
  safetyBackupFailed: '{{message}} Rien n’a été modifié.',
  noMainForSafetyBackup: 'Le processus principal est absent : la sauvegarde de sécurité ne peut pas être écrite.',
  noApi: 'Le pont vers le processus principal est absent : les fichiers ne peuvent pas être lus ni écrits.',
  storage: {
    notPersisted: 'Stockage non garanti',
    notPersistedHint:
      'Le navigateur n’a pas accordé le stockage persistant : vos notes pourraient être effacées si le disque manque de place. Exportez une sauvegarde régulièrement.',
    dismiss: 'Masquer cet avertissement',
    opening: 'Ouverture de vos notes…',
    backupFailedTitle: 'La mise à jour de vos notes est suspendue',
    backupFailed:
      'Folio doit mettre à jour la base de vos notes (schéma v{{from}} → v{{to}}), mais la sauvegarde de sécurité n’a pas pu être écrite : {{message}} Vos notes n’ont pas été modifiées.',
    openFailedTitle: 'Vos notes ne peuvent pas être ouvertes',
    openFailed: 'La base de données a refusé de s’ouvrir : {{message}}',
    retry: 'Réessayer',
    continueAnyway: 'Mettre à jour sans sauvegarde'
  },
  markdown: {
    allTitle: 'Notes Folio',
    exported: 'Exporté de Folio le {{date}} — {{annotations}}, {{bookmarks}}.',
    annotations: 'Annotations',
    bookmarks: 'Signets',
    tags: 'Étiquettes',
    color: 'Couleur',
    page: 'Page',
    citation: 'Citation',
    openInFolio: 'Ouvrir dans Folio',
    created: 'créée le {{date}}',
    updated: 'modifiée le {{date}}',
    bookmarkCreated: 'créé le {{date}}',
    kinds: {
      document: 'document',
      position: 'passage',
      reference: 'référence',
      link: 'lien'
    }
  }
}
