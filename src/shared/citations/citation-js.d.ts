// Minimal type declarations for citation-js, which ships none. Deliberately loose (unknown everywhere):
// only src/shared/citations/citation-engine.ts imports these modules, and it narrows every value it reads.

declare module '@citation-js/core' {
  /** A collection of bibliographic items; the constructor parses any supported input synchronously. */
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>)
    /** The items as CSL-JSON (with citation-js's own `_graph` bookkeeping). */
    data: unknown[]
    /** Runs an output plugin: 'bibliography', 'bibtex', 'ris', 'data', … */
    format(format: string, ...options: unknown[]): unknown
  }

  export const plugins: {
    config: {
      /** The configuration object of a plugin, e.g. '@csl' (styles and locales registers). */
      get(name: string): unknown
    }
  }
}

/** Registers CSL output ('bibliography', 'citation') with the shared core instance. */
declare module '@citation-js/plugin-csl' {}

/** Registers BibTeX/BibLaTeX input and output with the shared core instance. */
declare module '@citation-js/plugin-bibtex' {}

/** Registers RIS input and output with the shared core instance. */
declare module '@citation-js/plugin-ris' {}
