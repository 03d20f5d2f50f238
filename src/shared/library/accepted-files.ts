// The files Folio takes from the user, by their extension: one table, read by every list of them (the import and
// attach dialogs' filters, a launch's arguments, a drop on the window, main's reading of a document or a copy).

/** Each format Folio reads, with the extensions it goes by (lower case, with their dot). */
export const ACCEPTED_EXTENSIONS = {
  /** An article in the archive's own format, or plain text (its first lines tell which). */
  text: ['.txt'],
  markdown: ['.md', '.markdown'],
  pdf: ['.pdf'],
  /** A web page saved from a browser. */
  html: ['.html', '.htm', '.xhtml']
} as const satisfies Record<string, readonly `.${string}`[]>

export type AcceptedFormat = keyof typeof ACCEPTED_EXTENSIONS

const FORMAT_OF: ReadonlyMap<string, AcceptedFormat> = new Map(
  (Object.keys(ACCEPTED_EXTENSIONS) as AcceptedFormat[]).flatMap((format) =>
    ACCEPTED_EXTENSIONS[format].map((extension) => [extension, format] as const)
  )
)

/**
 * The extension of a file's name (no folders: a path's base name), in lower case with its dot (".md"): from its
 * last dot on, a name that is only an extension included (".md"); '' when the name has no dot.
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot).toLowerCase()
}

/** What the file named `name` (no folders) is, from its extension in any case; null for a type Folio does not read. */
export const acceptedFormatOf = (name: string): AcceptedFormat | null => FORMAT_OF.get(extensionOf(name)) ?? null

/** The extensions of `formats` ('.pdf', …), in the table's order. */
export const extensionsOf = (...formats: AcceptedFormat[]): string[] =>
  formats.flatMap((format) => ACCEPTED_EXTENSIONS[format])

/** The extensions of `formats` as a file dialog's filter names them: without their dot ('pdf', …). */
export const dialogExtensions = (...formats: AcceptedFormat[]): string[] =>
  extensionsOf(...formats).map((extension) => extension.slice(1))
