// English strings of the window's arrangement: the header's buttons that open the library and the side
// panel when they are drawers (a narrow window or a large zoom), and the zoom.

import type { Catalog } from '../../catalog'
import type { layoutFr } from '../fr/layout'

export const layoutEn: Catalog<typeof layoutFr> = {
  library: {
    toggle: 'Library',
    hint: 'Show or hide the library (Ctrl+Shift+L)'
  },
  panel: {
    toggle: 'Panel',
    hint: 'Show or hide the cards, notes and bookmarks (Ctrl+Shift+P)'
  },
  zoom: 'Zoom: {{percent}}%'
}
