// French strings of an import's refusals: why a backup or W3C file is not imported, down to the field
// at fault ("tables.annotations[12].color : valeur inattendue…"), and why a write was rolled back.

export const backupRefusalsFr = {
  root: '(racine)',
  quoted: '« {{text}} »',
  listSeparator: ' ; ',
  types: {
    string: 'un texte',
    number: 'un nombre',
    int: 'un entier',
    boolean: 'vrai ou faux',
    array: 'une liste',
    object: 'un objet',
    null: 'null',
    undefined: 'absent'
  },
  issues: {
    missing: '{{where}} : champ manquant ({{expected}} attendu)',
    wrongType: '{{where}} : {{expected}} attendu, {{found}} trouvé',
    textTooLong: '{{where}} : texte trop long (au plus {{max}} caractères)',
    tooManyItems: '{{where}} : trop d’éléments (au plus {{max}})',
    tooBig: '{{where}} : valeur trop grande (au plus {{max}})',
    emptyText: '{{where}} : texte vide',
    tooSmall: '{{where}} : valeur trop petite (au moins {{min}})',
    isoDate: '{{where}} : date ISO 8601 attendue',
    format: '{{where}} : format invalide ({{format}})',
    unexpectedValue: '{{where}} : valeur inattendue {{value}} (attendu : {{expected}})',
    unknownField: '{{where}} : champ inconnu {{keys}}',
    custom: '{{where}} : {{message}}',
    invalid: '{{where}} : valeur invalide'
  },
  rules: {
    positionOrder: 'start doit être inférieur ou égal à end',
    targetKey: 'targetKey ne correspond pas à kind, documentId et targetId',
    url: 'seules les adresses http(s) sont acceptées'
  },
  invalidFile: 'Le fichier contient des données invalides : {{issues}}.',
  invalidFileMore_one: 'Le fichier contient des données invalides : {{issues}} (et {{count, number}} autre problème).',
  invalidFileMore_other:
    'Le fichier contient des données invalides : {{issues}} (et {{count, number}} autres problèmes).',
  empty: 'Le fichier est vide.',
  tooLarge: 'Le fichier dépasse 100 Mo, la taille limite d’un import.',
  truncated: 'Le fichier est tronqué : le JSON s’arrête avant la fin. Il a peut-être été mal copié.',
  notJson: 'Le fichier n’est pas du JSON valide : il est abîmé ou ce n’est pas un export Folio.',
  notJsonAt:
    'Le fichier n’est pas du JSON valide (caractère {{position, number}}) : il est abîmé ou ce n’est pas un export Folio.',
  newerFormat:
    'Cette sauvegarde utilise la version {{version}} du format, plus récente que ce Folio (version {{supported}}) : mettez Folio à jour pour la restaurer.',
  unknownFormatVersion: 'Version de format inconnue ({{version}}) : ce Folio lit la version {{supported}}.',
  absent: 'absente',
  newerSchema:
    'Cette sauvegarde vient d’un Folio plus récent (schéma v{{version}} ; celui-ci s’arrête à v{{supported}}) : mettez Folio à jour pour la restaurer.',
  unknownTable: 'tables : table inconnue « {{name}} » pour le schéma v{{version}}',
  missingTable: 'tables : la table « {{name}} » manque',
  countMismatch: 'counts.{{name}} annonce {{announced}} enregistrements, le fichier en contient {{actual}}',
  noCount: 'aucun',
  countWithoutTable: 'counts : « {{name}} » ne correspond à aucune table',
  unknownFormat: 'Format de fichier inconnu ({{format}}) : Folio attend « {{expected}} ».',
  notBackupOrW3c: 'Ce fichier n’est ni une sauvegarde Folio ni un fichier d’annotations W3C (JSON-LD).',
  w3cNoAnnotations: 'Ce fichier W3C ne contient pas d’annotations.',
  w3cExternalPages:
    'Cette collection W3C renvoie à des pages qui ne sont pas dans le fichier : exportez-la en un seul fichier.',
  w3cNoType: 'Ce fichier W3C ne contient ni Annotation, ni AnnotationPage, ni AnnotationCollection.',
  w3cNoQuote: '{{where}} : aucun TextQuoteSelector, Folio ne saurait pas retrouver le passage',
  w3cNotFolio: '{{where}} : {{source}} n’est pas un document de Folio',
  duplicate:
    'Deux enregistrements ({{table}}) du fichier ont le même {{field}} « {{value}} » ({{where}}) : le fichier est incohérent.',
  duplicateWhere: '{{prefix}}{{table}}[{{first}}] et [{{second}}]',
  tables: {
    annotations: 'annotations',
    bookmarks: 'signets',
    linkUrls: 'adresses de liens',
    readingStates: 'positions de lecture',
    settings: 'réglages'
  },
  writeQuota: 'Espace disque insuffisant : rien n’a été importé, vos données sont telles qu’avant.',
  writeConstraint:
    'Un enregistrement du fichier heurte une clé unique de la base : rien n’a été importé, vos données sont telles qu’avant.',
  writeFailed: 'L’écriture a échoué ({{detail}}) : rien n’a été importé, vos données sont telles qu’avant.'
}
