// French strings of the bookmarks view and the bookmark toggles.

export const bookmarksFr = {
  title: 'Signets'
}
