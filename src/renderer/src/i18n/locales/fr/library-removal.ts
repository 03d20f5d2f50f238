// French strings of a document leaving the library: the dialog that asks what happens to its notes, what
// each step's failure leaves, and "Annuler" putting the document back with them.

export const libraryRemovalFr = {
  title: 'Retirer « {{title}} » de votre bibliothèque ?',
  copy: 'La copie du fichier « {{file}} » quitte votre bibliothèque ; le message qui suit permet de l’y remettre. L’archive livrée avec Folio n’est pas touchée.',
  data: '{{annotations}} et {{bookmarks}} sur ce document :',
  // First in the sentence, so capitalised; zero has its own words ("aucun signet", never "0 signet").
  annotations_zero: 'Aucune annotation',
  annotations_one: 'Votre annotation',
  annotations_other: 'Vos {{count}} annotations',
  bookmarks_zero: 'aucun signet',
  bookmarks_one: 'votre signet',
  bookmarks_other: 'vos {{count}} signets',
  keepData: 'les garder (ils restent dans vos exports et reviennent si vous ajoutez à nouveau ce fichier)',
  deleteData:
    'les supprimer (une sauvegarde de sécurité en est écrite d’abord, et ils reviennent si vous annulez le retrait)',
  noData: 'Vous n’avez ni annotation ni signet sur ce document.',
  cancel: 'Annuler',
  confirm: 'Retirer',
  removed: '« {{title}} » a été retiré ; vos annotations et signets sont gardés.',
  removedWithData: '« {{title}} » a été retiré avec ses annotations et signets.',
  backupFailed:
    '« {{title}} » n’a pas été retiré : la sauvegarde de sécurité de ses notes n’a pas pu être écrite, rien n’a été supprimé. ({{detail}})',
  failed: '« {{title}} » n’a pas été retiré ; la bibliothèque et vos notes sont inchangées. ({{detail}})',
  notesKept:
    '« {{title}} » a été retiré, mais ses annotations et signets n’ont pas pu être supprimés : ils sont tous là. « Annuler » remet le document. ({{detail}})',
  restored: '« {{title}} » est de retour dans votre bibliothèque.',
  restoredWithData: '« {{title}} » est de retour dans votre bibliothèque, avec ses annotations et signets.',
  notRestored: 'le document n’a pas pu être remis dans la bibliothèque : {{detail}}'
}
