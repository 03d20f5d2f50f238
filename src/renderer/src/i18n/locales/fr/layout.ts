// French strings of the window's arrangement: the header's buttons that open the library and the side
// panel when they are drawers (a narrow window or a large zoom), and the zoom.

export const layoutFr = {
  library: {
    toggle: 'Bibliothèque',
    hint: 'Afficher ou masquer la bibliothèque (Ctrl+Maj+L)'
  },
  panel: {
    toggle: 'Panneau',
    hint: 'Afficher ou masquer les fiches, les notes et les signets (Ctrl+Maj+P)'
  },
  zoom: 'Zoom : {{percent}} %'
}
