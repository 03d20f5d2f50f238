// French strings of the annotations: toolbar, editor, notes panel, orphans, undo.

export const annotationsFr = {
  panelTitle: 'Notes'
}
