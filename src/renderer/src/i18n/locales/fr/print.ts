// French strings of printing the open article and saving it as a PDF (print/print-dialog.tsx).

export const printFr = {
  open: 'Imprimer…',
  openHint: 'Imprimer le document ouvert ou l’enregistrer en PDF',
  title: 'Imprimer le document',
  withNotes: 'Avec les notes en bas de page',
  notesCount_one: '{{count}} passage surligné a une note.',
  notesCount_other: '{{count}} passages surlignés ont une note.',
  noNotes: 'Aucun passage surligné de ce document n’a de note.',
  notArticle: 'Seul un article s’imprime avec ses surlignages et ses notes ; ceci s’imprimera tel quel.',
  print: 'Imprimer',
  savePdf: 'Enregistrer en PDF',
  cancel: 'Annuler',
  notesHeading: 'Notes',
  saved: 'PDF enregistré : {{fileName}}',
  unavailable: 'L’enregistrement en PDF n’est possible que dans l’application de bureau.'
}
