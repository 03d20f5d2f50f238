// The library-wide search: one box (Ctrl+K) over every document's text, references and links (the archive's
// from its own index, in main; the user's documents from the worker) and the user's notes, tags and bookmarks;
// results grouped by kind with the matched words marked. Hits are named by the titles main sends with the archive's,
// the documents the app holds (`documents`: the open one, the noted ones) and the user's own as the worker was fed.

import { useEffect, useRef, useState } from 'react'
import { isPassageLink } from '../../../shared/links/passage-link'
import { PassageLinkOffer } from './passage-link-offer'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import { mergeResults } from '../../../shared/search/merge-results'
import type { SearchHit, SearchResults } from '../../../shared/search/types'
import { getFolioApi } from '../ipc/folio-client'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useNotice } from '../layout/notice'
import { HighlightedText } from './highlighted-text'
import { openSearchHit } from './open-search-hit'
import { searchClient, type SearchStatus } from './search-client'
import { copyTitle } from './copies-feed'
import { ownDocumentTitle } from './use-search-sync'

const DEBOUNCE_MS = 60
/** Hits shown per kind. */
const LIMIT = 8

interface Found {
  results: SearchResults
  /** Titles of the archive's documents the hits are in (the renderer holds no list of them). */
  titles: Record<string, string>
  /** Set when the archive's index could not be searched: its hits are missing, the user's are there. */
  archiveUnavailable?: string
}

/** The user's hits (worker) and the archive's (main), as one list. */
async function searchAll(query: string): Promise<Found> {
  const api = getFolioApi()
  const [own, archive] = await Promise.all([
    searchClient.search(query, { limit: LIMIT }),
    api ? api.searchArchive(query, { limit: LIMIT }) : null
  ])
  if (!archive) return { results: own, titles: {} }
  if (!archive.ok) return { results: own, titles: {}, archiveUnavailable: archive.message }
  return { results: mergeResults(own, archive.results, LIMIT), titles: archive.titles }
}

/** `documents`: those the app holds beyond the archive's rows (the open one, the noted ones). */
export function SearchBox({ documents }: { documents: readonly ArchiveDocumentEntry[] }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const notice = useNotice()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found | null>(null)
  const results = found?.results ?? null
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<SearchStatus>(searchClient.status)
  // A folio:// link pasted here is opened, not searched (passage-link-offer.tsx).
  const pastedLink = isPassageLink(query.trim())
  const titles = new Map([
    ...Object.entries(found?.titles ?? {}),
    ...documents.map((entry) => [entry.id, entry.document.title] as const)
  ])

  useEffect(() => searchClient.subscribe(setStatus), [])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        input.current?.focus()
        input.current?.select()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // The latest query wins; results of an older one are dropped. Re-run when indexing settles.
  useEffect(() => {
    if (query.trim() === '' || pastedLink) return setFound(null)
    let live = true
    const timer = window.setTimeout(() => {
      searchAll(query).then(
        (answer) => live && setFound(answer),
        (error: unknown) => console.warn('The search failed', error)
      )
    }, DEBOUNCE_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [query, pastedLink, status.generation])

  const choose = async (hit: SearchHit) => {
    setOpen(false)
    if (!(await openSearchHit(hit, navigation))) notice.show(t('search.gone'), 'error')
  }

  const total = results?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0
  return (
    <div
      className="search-box"
      role="search"
      aria-label={t('search.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          setOpen(false)
          input.current?.blur()
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
      }}
    >
      <input
        ref={input}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.input')}
        aria-controls={open && results ? 'search-results' : undefined}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value)
          setOpen(true)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || (event.key === 'Enter' && pastedLink)) {
            event.preventDefault()
            const first = document.querySelector<HTMLButtonElement>('#search-results .search-hit')
            if (event.key === 'Enter') first?.click()
            else first?.focus()
          }
        }}
      />
      {status.progress ? (
        <span className="search-status" role="status">
          {t('search.indexing', { done: status.progress.done, total: status.progress.total })}
        </span>
      ) : null}
      {open && pastedLink ? <PassageLinkOffer text={query} onOpen={() => setOpen(false)} /> : null}
      {open && results ? (
        <div id="search-results" className="search-results" aria-label={t('search.results')} role="region">
          <p className="search-summary" role="status">
            {total ? t('search.summary', { count: total }) : t('search.none', { query: results.query })}
          </p>
          {found?.archiveUnavailable ? (
            <p className="search-unavailable" role="note" title={found.archiveUnavailable}>
              {t('search.archiveUnavailable')}
            </p>
          ) : null}
          {results.groups.map((group) => (
            <section key={group.kind} aria-labelledby={`search-group-${group.kind}`}>
              <h2 id={`search-group-${group.kind}`}>{t(`search.kinds.${group.kind}`, { count: group.total })}</h2>
              <ul>
                {group.hits.map((hit) => (
                  <li key={hit.id}>
                    <button
                      type="button"
                      className="search-hit"
                      onClick={() => void choose(hit)}
                      onKeyDown={(event) => {
                        const buttons = [...document.querySelectorAll<HTMLButtonElement>('#search-results .search-hit')]
                        const at = buttons.indexOf(event.currentTarget)
                        if (event.key === 'ArrowDown') buttons[at + 1]?.focus()
                        else if (event.key === 'ArrowUp') (buttons[at - 1] ?? input.current)?.focus()
                        else return
                        event.preventDefault()
                      }}
                    >
                      {hit.title ? (
                        <span className="hit-title">
                          <HighlightedText text={hit.title.text} highlights={hit.title.highlights} />
                        </span>
                      ) : null}
                      <span className="hit-snippet">
                        <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
                      </span>
                      {hit.docId ? (
                        <span className="hit-document">
                          {titles.get(hit.docId) ?? ownDocumentTitle(hit.docId) ?? copyTitle(hit.docId) ?? ''}
                        </span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </div>
  )
}
