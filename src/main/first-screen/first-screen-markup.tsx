// The first screen's HTML: the app's own article component inside the shell's frame, rendered to static
// markup, so that main draws exactly the reader's DOM before any script runs (one definition of it).
// A chunk of its own in main's build, with React: first-screen.ts loads it when the first page is asked for.

import { renderToStaticMarkup } from 'react-dom/server'
import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import type { ReaderMessages } from '../../shared/i18n/reader-messages'
import { FirstScreenFrame } from '../../shared/layout/first-screen-frame'
import { Article } from '../../shared/reader/article'

/** The first screen of `entry` in the archive `archiveName`, in `words`; the "show card" buttons disabled. */
export const firstScreenMarkup = (archiveName: string, entry: ArchiveDocumentEntry, words: ReaderMessages): string =>
  renderToStaticMarkup(
    <FirstScreenFrame archiveName={archiveName}>
      <Article entry={entry} words={words} />
    </FirstScreenFrame>
  )
