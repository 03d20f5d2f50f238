// French strings of the keyboard shortcuts help: each key and what it does.

export const shortcutsFr = {
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
    print: 'Ctrl+P',
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
    zoom: 'Agrandir, réduire ou remettre à 100 % l’affichage (retenu pour la prochaine fois)',
    print: 'Imprimer le document ou l’enregistrer en PDF (la fenêtre d’impression de Folio)'
  }
}
