// English strings of the citations on reference cards (style, copy) and of the reference exports
// (BibTeX, RIS, CSL-JSON files saved through the main process). Same keys as ./fr/citations.ts.

import type { Catalog } from '../../catalog'
import type { citationsFr } from '../fr/citations'

export const citationsEn: Catalog<typeof citationsFr> = {
  heading: 'Citation',
  style: 'Style',
  styles: {
    'chicago-author-date': 'Chicago (author-date)',
    apa: 'APA',
    mla: 'MLA'
  },
  formatting: 'Formatting the citation…',
  empty: 'This style produces nothing for this reference (no author and no title).',
  failed: 'The citation couldn’t be formatted: {{message}}',
  copy: 'Copy citation',
  copied: 'Copied',
  copyFailed: 'Copying failed: {{message}}',
  styleNotSaved: 'The style was not saved: {{message}}',
  formats: {
    bibtex: 'BibTeX',
    ris: 'RIS',
    'csl-json': 'CSL-JSON'
  },
  export: {
    format: 'Format',
    button: 'Export',
    buttonLabel: 'Export {{scope}} as {{format}}',
    one: 'this reference',
    working: 'Preparing the file…',
    saved: 'Saved: {{file}}',
    canceled: 'Saving cancelled.',
    failed: 'The export failed: {{message}}',
    none: 'No references to export.',
    noApi: 'Folio isn’t connected to the main process: the file can’t be saved.'
  }
}
