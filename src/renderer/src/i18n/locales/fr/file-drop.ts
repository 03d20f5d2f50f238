// French strings of the files handed to Folio from outside: the drop zone over the window while files are
// dragged, and the notice that says, file by file, what became of them (dropped, or given at launch).

export const fileDropFr = {
  zone: 'Déposer pour ajouter à votre bibliothèque',
  hint: 'Textes ({{text}}), Markdown ({{markdown}}), PDF et pages web enregistrées ({{html}})',
  adding_one: 'Ajout de {{count}} fichier…',
  adding_other: 'Ajout de {{count}} fichiers…',
  added: '« {{title}} » a été ajouté à votre bibliothèque.',
  addedCopy: '« {{title}} » a été ajouté à vos copies.',
  already: '« {{name}} » est déjà dans votre bibliothèque.',
  refusedLine: '« {{name}} » n’a pas été ajouté : {{why}}',
  megabytes: '{{size}} Mo',
  refused: {
    folder: 'c’est un dossier ; déposez plutôt les fichiers qu’il contient.',
    unsupported:
      'seuls les textes (.txt), le Markdown (.md), les PDF et les pages web enregistrées (.html, .htm) peuvent être ajoutés.',
    'too-large': 'il dépasse {{limit}}, la taille limite de ce type de fichier.',
    'too-many': '{{max}} fichiers au plus sont ajoutés à la fois ; déposez les suivants ensuite.',
    unreadable: 'le fichier n’a pas pu être lu (il a peut-être été déplacé, ou c’est un dossier).',
    'not-granted': 'Folio ne l’a pas reçu à son lancement ; ajoutez-le depuis la bibliothèque.',
    'bad-name': 'son nom contient un dossier, des caractères de contrôle, ou il est trop long.',
    empty: 'le fichier est vide.',
    'not-a-file': 'ce n’est pas un fichier ordinaire.',
    binary: 'c’est un fichier binaire, pas du texte.',
    'not-utf8': 'il n’est pas en UTF-8 ({{found}}) ; enregistrez-le en UTF-8, puis réessayez.',
    'no-title': 'la première ligne d’un article doit être son titre (« Titre - English title »).',
    'too-complex': 'ce document est trop complexe pour être lu sans ralentir Folio.',
    mismatch:
      'son contenu n’est pas ce que son nom annonce (un .pdf qui n’est pas un PDF, un .html qui n’est pas une page web).',
    failed: 'l’ajout a échoué, rien n’a changé. ({{detail}})'
  }
}
