import { describe, expect, it } from 'vitest'
import { archiveAccess, type ArchiveAccess } from '../../../src/main/archive/archive-access'
import { ArchiveError } from '../../../src/main/archive/archive-error'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { createFirstScreen, type FirstScreenDeps } from '../../../src/main/first-screen/first-screen'
import type { ArchiveDocumentEntry, ArchiveLoadResult } from '../../../src/shared/archive/archive-types'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings/settings'
import { fixtureArticle, shippedArchiveDir } from '../../fixtures/archive-files'
import { arrayCatalogue } from '../../fixtures/array-catalogue'

const INDEX =
  '<!doctype html>\n<html lang="fr">\n  <head>\n    <title>Folio</title>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n'

/** The archive main serves, holding what `result` lists (a failed result: a catalogue that does not open). */
function accessOf(result: ArchiveLoadResult): ArchiveAccess {
  return archiveAccess('/archive', {
    async openCatalogue() {
      if (!result.ok) throw new ArchiveError(result.problem)
      return arrayCatalogue(
        [
          ...result.archive.documents.map((entry) => ({ entry })),
          ...result.damaged.map(({ id, title, problem }) => ({ id, title, problem }))
        ],
        result.archive.name
      )
    },
    openSearch: async () => null
  })
}

function screen(
  archive: ArchiveLoadResult,
  settings: Settings = DEFAULT_SETTINGS,
  systemTheme: 'light' | 'dark' = 'light',
  library: ArchiveDocumentEntry[] = []
) {
  const deps: FirstScreenDeps = {
    archive: accessOf(archive),
    libraryDocument: async (id) => library.find((entry) => entry.id === id) ?? null,
    settings: async () => settings,
    systemTheme: () => systemTheme
  }
  return createFirstScreen(deps)
}

/** A JSON data block main embeds (the archive by default), parsed back. */
function embedded(page: string, id = 'folio-archive'): unknown {
  const match = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(page)
  return match ? JSON.parse(match[1] ?? '') : undefined
}

/** The document the first screen shows. */
const shownId = (page: string) => /class="reader"[^>]*data-document-id="([^"]*)"/.exec(page)?.[1]

const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'") // React's escape of '
    .replace(/&amp;/g, '&')
/** The page's text between tags, entities decoded (enough to find each block's text). */
const textOf = (html: string) => unescapeHtml(html.replace(/<[^>]*>/g, ''))

describe('the first screen main sends', () => {
  it('holds every block of the opening article, Chinese and non-breaking spaces included, and the opening document as data', async () => {
    const archive = await loadArchive(shippedArchiveDir)
    if (!archive.ok) throw new Error(archive.problem.message)
    const page = await screen(archive).page(INDEX)
    const text = textOf(page.slice(page.indexOf('id="first-screen"'), page.indexOf('id="folio-archive"')))
    const document = archive.archive.documents[0]!.document
    for (const block of document.blocks) expect(text).toContain(block.text)
    expect(text).toContain('中苏友好同盟互助条约')
    expect(text).toContain('\u00a0')
    // The archive goes along as its info only (nothing that grows with it), and the article as data.
    expect(embedded(page)).toMatchObject({ ok: true, archive: { name: archive.archive.name, count: 1 } })
    expect(embedded(page, 'folio-opening')).toEqual(archive.archive.documents[0])
    expect(page).toContain('<div id="root"></div>')
    expect(page).toContain('data-document-id="' + document.id + '"')
  })

  it('opens on the document open when the user left: one of the archive, or of their library (sent along as data)', async () => {
    const archive = await loadArchive(shippedArchiveDir)
    if (!archive.ok) throw new Error(archive.problem.message)
    const first = archive.archive.documents[0]!
    const second: ArchiveDocumentEntry = { ...first, id: 'second', document: { ...first.document, id: 'second' } }
    const twoDocuments: ArchiveLoadResult = {
      ok: true,
      archive: { ...archive.archive, documents: [first, second] },
      damaged: []
    }
    const mine: ArchiveDocumentEntry = {
      id: 'u-valmorel',
      origin: 'user',
      file: 'valmorel.txt',
      document: parseArticle(fixtureArticle('valmorel.txt'), { id: 'u-valmorel', language: 'fr' }),
      notes: []
    }
    const fromArchive = await screen(twoDocuments, { ...DEFAULT_SETTINGS, openDocument: 'second' }).page(INDEX)
    expect(shownId(fromArchive)).toBe('second')
    expect(embedded(fromArchive, 'folio-opening')).toEqual(second)

    const fromLibrary = await screen(archive, { ...DEFAULT_SETTINGS, openDocument: 'u-valmorel' }, 'light', [
      mine
    ]).page(INDEX)
    expect(shownId(fromLibrary)).toBe('u-valmorel')
    expect(textOf(fromLibrary)).toContain('Accord de Valmorel sur la navigation fluviale')
    expect(embedded(fromLibrary, 'folio-opening')).toEqual(mine)
    expect(embedded(fromLibrary)).toMatchObject({ ok: true, archive: { count: 1 } })

    // Gone from the library (or never there): the archive's first document, as before.
    const gone = await screen(archive, { ...DEFAULT_SETTINGS, openDocument: 'u-removed' }).page(INDEX)
    expect(shownId(gone)).toBe(first.id)
    expect(embedded(gone, 'folio-opening')).toEqual(first)
  })

  it('speaks the user’s language and paints their theme, resolving "system" as the operating system does', async () => {
    const archive = await loadArchive(shippedArchiveDir)
    const english = await screen(archive, { ...DEFAULT_SETTINGS, language: 'en', theme: 'sepia' }).page(INDEX)
    expect(english).toContain(
      '<html lang="en" data-language="en" data-theme="sepia" data-reading-size="18px" data-reading-width="68ch"'
    )
    expect(english).toContain('aria-label="Reader"')
    expect(english).toContain('Empty section in the source.')
    const french = await screen(archive, DEFAULT_SETTINGS, 'dark').page(INDEX)
    expect(french).toContain('<html lang="fr" data-language="fr" data-theme="dark"')
    expect(french).toContain('Section vide dans la source.')
  })

  it('preloads the catalog of the user’s language alone, even when the archive cannot be read', async () => {
    const catalogs =
      '<link rel="modulepreload" crossorigin href="./assets/en-a1.js" data-catalog="en">\n    ' +
      '<link rel="modulepreload" crossorigin href="./assets/fr-b2.js" data-catalog="fr">\n  </head>'
    const index = INDEX.replace('\n  </head>', () => `\n    ${catalogs}`)
    const archive = await loadArchive(shippedArchiveDir)
    const english = await screen(archive, { ...DEFAULT_SETTINGS, language: 'en' }).page(index)
    expect(english).toContain('href="./assets/en-a1.js" data-catalog="en"')
    expect(english).not.toContain('fr-b2.js')
    const broken = { ok: false, problem: { kind: 'missing', file: 'manifest.json', message: 'x' } } as const
    const french = await screen(broken, DEFAULT_SETTINGS).page(index)
    expect(french).toContain('href="./assets/fr-b2.js" data-catalog="fr"')
    expect(french).not.toContain('en-a1.js')
  })

  it('writes the reading size and measure on <html>, even when the archive cannot be read', async () => {
    const page = await screen(
      { ok: false, problem: { kind: 'missing', file: 'manifest.json', message: 'x' } },
      { ...DEFAULT_SETTINGS, fontSize: 24, lineWidth: 80 }
    ).page(INDEX)
    expect(page).toContain('data-reading-size="24px" data-reading-width="80ch"')
  })

  it('shows nothing but the page when the archive cannot be read (the app shows the error)', async () => {
    const page = await screen({
      ok: false,
      problem: { kind: 'missing', file: 'manifest.json', message: 'absent' }
    }).page(INDEX)
    expect(page).not.toContain('first-screen')
    expect(page).not.toContain('folio-archive')
  })

  it('opens on the first good document when the one left open is damaged, and shows nothing when none opened', async () => {
    const archive = await loadArchive(shippedArchiveDir)
    if (!archive.ok) throw new Error(archive.problem.message)
    const first = archive.archive.documents[0]!
    const damaged = {
      id: 'edited',
      file: 'edited.txt',
      title: 'edited.txt',
      problem: { kind: 'checksum' as const, file: 'edited.txt', message: 'altéré' }
    }
    const asked: string[] = []
    const deps = (result: ArchiveLoadResult): FirstScreenDeps => ({
      archive: accessOf(result),
      libraryDocument: async (id) => (asked.push(id), null),
      settings: async () => ({ ...DEFAULT_SETTINGS, openDocument: 'edited' }),
      systemTheme: () => 'light'
    })
    const withGood = await createFirstScreen(deps({ ...archive, damaged: [damaged] })).page(INDEX)
    expect(shownId(withGood)).toBe(first.id)
    expect(embedded(withGood)).toMatchObject({ ok: true, archive: { count: 2, firstDocument: first.id } })
    expect(asked).toEqual([])
    // Nothing opened: no first screen, so the app starts alone and says what is wrong (never a blank article).
    const noneGood = await createFirstScreen(
      deps({ ...archive, archive: { ...archive.archive, documents: [] }, damaged: [damaged] })
    ).page(INDEX)
    expect(noneGood).not.toContain('id="first-screen"')
    expect(noneGood).toContain('<div id="root"></div>')
  })

  it('keeps hostile text as text: no tag, attribute or script can come out of the article or the data', async () => {
    const hostile = '</script><script>window.pwned=1</script><img src=x onerror="alert(1)"> & "quotes"'
    const source = fixtureArticle('valmorel.txt').replace(/^[^\n]*/, (title) => `${title} ${hostile}`)
    const document = parseArticle(source, { id: 'hostile', language: 'fr' })
    const archive: ArchiveLoadResult = {
      ok: true,
      archive: {
        name: hostile,
        description: '',
        documents: [{ id: 'hostile', origin: 'archive', file: 'x.txt', document, notes: [hostile] }]
      },
      damaged: []
    }
    const page = await screen(archive).page(INDEX)
    expect(page).not.toContain('<script>window.pwned')
    expect(page).not.toContain('<img')
    // Two data blocks (the archive's info, the article), each closed once: nothing hostile closed one early.
    expect(page.match(/<\/script>/g)).toHaveLength(2)
    expect(embedded(page)).toMatchObject({ ok: true, archive: { name: hostile } })
    expect(embedded(page, 'folio-opening')).toEqual(archive.archive.documents[0])
    expect(textOf(page)).toContain(hostile)
  })
})
