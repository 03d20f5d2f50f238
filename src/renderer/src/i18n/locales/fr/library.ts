// French strings of the library sidebar: the archive's and the user's documents, adding a document and why
// one is refused.

export const libraryFr = {
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
}
