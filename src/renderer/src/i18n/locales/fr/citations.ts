// French strings of the citations on reference cards (style, copy) and of the reference exports
// (BibTeX, RIS, CSL-JSON files saved through the main process).

export const citationsFr = {
  heading: 'Citation',
  style: 'Style',
  styles: {
    'chicago-author-date': 'Chicago (auteur-date)',
    apa: 'APA',
    mla: 'MLA'
  },
  formatting: 'Mise en forme de la citation…',
  empty: 'Ce style ne produit rien pour cette référence (ni auteur ni titre).',
  failed: 'La citation n’a pas pu être mise en forme : {{message}}',
  copy: 'Copier la citation',
  copied: 'Copié',
  copyFailed: 'La copie a échoué : {{message}}',
  styleNotSaved: 'Le style n’a pas été enregistré : {{message}}',
  formats: {
    bibtex: 'BibTeX',
    ris: 'RIS',
    'csl-json': 'CSL-JSON'
  },
  export: {
    format: 'Format',
    button: 'Exporter',
    buttonLabel: 'Exporter {{scope}} en {{format}}',
    one: 'cette référence',
    working: 'Préparation du fichier…',
    saved: 'Enregistré : {{file}}',
    canceled: 'Enregistrement annulé.',
    failed: 'L’export a échoué : {{message}}',
    none: 'Aucune référence à exporter.',
    noApi: 'Folio n’est pas relié au processus principal : impossible d’enregistrer un fichier.'
  }
}
