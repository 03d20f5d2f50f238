import { describe, expect, it } from 'vitest'
import { DocumentCache } from '../../../src/main/library/document-cache'
import type { ArticleDocument } from '../../../src/shared/archive/document'

const doc = (title: string) => ({ title }) as unknown as ArticleDocument

describe('the cache of parsed library documents', () => {
  it('gives back a parse by its key: the content, the kind and the name a plain text takes its title from', () => {
    const cache = new DocumentCache()
    cache.set(DocumentCache.key('a'.repeat(64), 'text', 'notes.txt'), doc('notes'), 10)
    expect(cache.get(DocumentCache.key('a'.repeat(64), 'text', 'notes.txt'))?.title).toBe('notes')
    expect(cache.get(DocumentCache.key('a'.repeat(64), 'text', 'autre.txt'))).toBeUndefined()
    expect(cache.get(DocumentCache.key('a'.repeat(64), 'markdown', 'notes.txt'))).toBeUndefined()
  })

  it('keeps at most its count, dropping the least recently used', () => {
    const cache = new DocumentCache(2, 1000)
    cache.set('a', doc('a'), 1)
    cache.set('b', doc('b'), 1)
    cache.get('a')
    cache.set('c', doc('c'), 1)
    expect([cache.get('a')?.title, cache.get('b'), cache.get('c')?.title]).toEqual(['a', undefined, 'c'])
    expect(cache.size).toBe(2)
  })

  it('keeps at most its bytes, and never a document bigger than all of them', () => {
    const cache = new DocumentCache(100, 10)
    cache.set('a', doc('a'), 6)
    cache.set('b', doc('b'), 6)
    expect([cache.get('a'), cache.get('b')?.title]).toEqual([undefined, 'b'])
    cache.set('huge', doc('huge'), 11)
    expect([cache.get('huge'), cache.get('b')?.title]).toEqual([undefined, 'b'])
  })
})
