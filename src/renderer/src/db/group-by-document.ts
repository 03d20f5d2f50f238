// Rows (annotations, bookmarks) grouped by the document they belong to, each group in the rows' order.

/** `rows` by `documentId`, in first-seen order of documents and rows. */
export function groupByDocument<R extends { documentId: string }>(rows: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>()
  for (const row of rows) {
    const group = groups.get(row.documentId)
    if (group) group.push(row)
    else groups.set(row.documentId, [row])
  }
  return groups
}
