// The bookmarks view (being built, issue 4).

export function BookmarksView() {
  return <div className="bookmarks-view" />
}
