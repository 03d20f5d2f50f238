// Type of the CSL style files imported with Vite's `?raw` suffix (resources/citation-styles/*.csl).
// The web tsconfig already knows `*?raw` from vite/client; the node tsconfig needs this declaration.

declare module '*.csl?raw' {
  /** The style's XML text, exactly as in the file. */
  const xml: string
  export default xml
}
