// Document ids of an archive other than the shipped one carry that archive's scope, so that two archives whose
// documents share an id (the same file name) keep their annotations, bookmarks and reading positions apart.
// The shipped archive's ids stay bare: what users annotated before there were other archives keeps its notes.

/** An archive document id as the renderer sees it: bare (shipped archive) or scoped (`a<12 hex>--<id>`). */
export const SCOPED_ARCHIVE_ID = /^(?:a[0-9a-f]{12}--)?[\w-]{1,64}$/

const prefix = (scope: string) => `a${scope}--`

/** `id` of the archive whose scope is `scope` (12 hex digits), as the renderer sees it. */
export const scopeId = (scope: string, id: string): string => prefix(scope) + id

/** The archive's own id for `scoped`, or undefined when `scoped` is not of that archive. */
export const unscopeId = (scope: string, scoped: string): string | undefined =>
  scoped.startsWith(prefix(scope)) ? scoped.slice(prefix(scope).length) : undefined
