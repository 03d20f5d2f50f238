// A damaged archive document stands in the app as an empty article under its own id: the shell, the notes
// panel and the library work on it unchanged, its annotations anchor nowhere (orphans, never rewritten).

import type { ArchiveDocumentEntry, DamagedArchiveDocument } from '../../../shared/archive/archive-types'

/** The entry the app holds while `damaged` is open: no blocks, the file name as title, nothing to anchor to. */
export function damagedPlaceholder(damaged: DamagedArchiveDocument): ArchiveDocumentEntry {
  return {
    id: damaged.id,
    origin: 'archive',
    file: damaged.file,
    notes: [],
    document: {
      id: damaged.id,
      titleLine: damaged.title,
      title: damaged.title,
      englishTitle: null,
      language: 'fr',
      infobox: null,
      blocks: [],
      sections: [],
      references: [],
      links: []
    }
  }
}
