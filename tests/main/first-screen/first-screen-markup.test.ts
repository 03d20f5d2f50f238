// The first screen draws the app's own article: main's page holds, byte for byte, what the reader's
// Article component renders for the same document and words (the E2E DOM comparison is not the only guard).

import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { archiveAccess } from '../../../src/main/archive/archive-access'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { createFirstScreen } from '../../../src/main/first-screen/first-screen'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import { readerMessages } from '../../../src/shared/i18n/reader-messages'
import { Article } from '../../../src/shared/reader/article'
import { DEFAULT_SETTINGS, LANGUAGES, type Language } from '../../../src/shared/settings/settings'
import { shippedArchiveDir } from '../../fixtures/archive-files'
import { arrayCatalogue } from '../../fixtures/array-catalogue'

const INDEX = '<!doctype html>\n<html lang="fr">\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n'

/** The seed archive's first document (the one the app opens first). */
async function seedEntry(): Promise<{ name: string; entry: ArchiveDocumentEntry }> {
  const archive = await loadArchive(shippedArchiveDir)
  if (!archive.ok) throw new Error(archive.problem.message)
  return { name: archive.archive.name, entry: archive.archive.documents[0]! }
}

/** Main's page for `entry`, in `language`. */
function firstScreenPage(name: string, entry: ArchiveDocumentEntry, language: Language) {
  return createFirstScreen({
    archive: archiveAccess('/archive', {
      openCatalogue: async () => arrayCatalogue([{ entry }], name),
      openSearch: async () => null
    }),
    libraryDocument: async () => null,
    settings: async () => ({ ...DEFAULT_SETTINGS, language }),
    systemTheme: () => 'light'
  }).page(INDEX)
}

/** The `<article class="reader">` element of a page, as written. */
function articleOf(page: string): string {
  const start = page.indexOf('<article')
  const end = page.indexOf('</article>') + '</article>'.length
  return start < 0 ? '' : page.slice(start, end)
}

describe('the first screen’s article', () => {
  it('is the reader’s Article component rendered with the same words, in every UI language', async () => {
    const { name, entry } = await seedEntry()
    for (const language of LANGUAGES) {
      const words = readerMessages[language]
      const page = await firstScreenPage(name, entry, language)
      const expected = renderToStaticMarkup(createElement(Article, { entry, words }))
      expect(expected).toContain(`aria-label="${words.label}"`)
      expect(articleOf(page)).toBe(expected)
    }
  })

  it('draws the "show card" buttons disabled until the app gives them their action', async () => {
    const { entry } = await seedEntry()
    const words = readerMessages.fr
    const targets = entry.document.blocks.flatMap((block) =>
      block.kind === 'bullet' && (block.referenceId ?? block.linkId) ? [block.referenceId ?? block.linkId] : []
    )
    expect(targets.length).toBeGreaterThan(0)
    const firstScreen = renderToStaticMarkup(createElement(Article, { entry, words }))
    expect(firstScreen.match(/<button type="button" class="link-button to-card" disabled="">/g)).toHaveLength(
      targets.length
    )
    const app = renderToStaticMarkup(createElement(Article, { entry, words, onShowCard: () => undefined }))
    expect(app.match(/<button type="button" class="link-button to-card">/g)).toHaveLength(targets.length)
    expect(app).not.toContain('disabled')
  })
})
