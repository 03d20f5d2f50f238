// French strings of the side panel and its tabs (cards, notes, bookmarks).

export const panelFr = {
  label: 'Panneau latéral',
  cards: 'Fiches',
  notes: 'Notes',
  bookmarks: 'Signets'
}
