// One kind's terms collected while search.folio is built: each entry's distinct terms numbered in the order
// they first come, and its postings (entry number and score slot) appended to their lists, as TermIndex.add does.

import { packPosting } from '../../shared/search/posting-store'
import { DEFAULT_RESOLUTION, scoreSlot } from '../../shared/search/term-index'
import { PostingArena } from './posting-arena'

/** One kind's terms and postings while the file is built, indexed as `TermIndex.add` does. */
export class KindBuilder {
  readonly ids = new Map<string, number>()
  readonly terms: string[] = []
  readonly postings = new PostingArena()
  size = 0

  add(number: number, terms: readonly string[]): void {
    const unique = [...new Set(terms)]
    if (unique.length === 0) return
    unique.forEach((term, i) => {
      let id = this.ids.get(term)
      if (id === undefined) {
        id = this.terms.length
        this.ids.set(term, id)
        this.terms.push(term)
      }
      this.postings.append(id, packPosting(number, scoreSlot(DEFAULT_RESOLUTION, unique.length, i)))
    })
    this.size++
  }
}
