// The library-wide search: one box (Ctrl+K) over every document's text, references and links and
// the user's notes, tags and bookmarks; results grouped by kind with the matched words marked.

import { useEffect, useRef, useState } from 'react'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { SearchHit, SearchResults } from '../../../shared/search/types'
import { useTranslation } from '../i18n/i18n'
import { useNavigation } from '../layout/navigation'
import { useNotice } from '../layout/notice'
import { HighlightedText } from './highlighted-text'
import { openSearchHit } from './open-search-hit'
import { searchClient, type SearchStatus } from './search-client'

const DEBOUNCE_MS = 60

export function SearchBox({ documents }: { documents: readonly ArchiveDocumentEntry[] }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const notice = useNotice()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<SearchResults | null>(null)
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<SearchStatus>(searchClient.status)
  const titles = new Map(documents.map((entry) => [entry.id, entry.document.title]))

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
    if (query.trim() === '') return setResults(null)
    let live = true
    const timer = window.setTimeout(() => {
      void searchClient.search(query, { limit: 8 }).then((found) => live && setResults(found))
    }, DEBOUNCE_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [query, status.generation])

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
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            document.querySelector<HTMLButtonElement>('#search-results .search-hit')?.focus()
          }
        }}
      />
      {status.progress ? (
        <span className="search-status" role="status">
          {t('search.indexing', { done: status.progress.done, total: status.progress.total })}
        </span>
      ) : null}
      {open && results ? (
        <div id="search-results" className="search-results" aria-label={t('search.results')} role="region">
          <p className="search-summary" role="status">
            {total ? t('search.summary', { count: total }) : t('search.none', { query: results.query })}
          </p>
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
                      {hit.docId ? <span className="hit-document">{titles.get(hit.docId) ?? ''}</span> : null}
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
