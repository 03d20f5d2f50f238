// Which address "Ouvrir" uses and what the link card's status says: the archive's archived copy,
// then its original URL, then the URL the user attached, else none (and the card says so).

import { describe, expect, it } from 'vitest'
import type { ExternalLink } from '../../../src/shared/archive/document'
import { linkStatus, preferredUrl } from '../../../src/renderer/src/links/link-address'

const link: ExternalLink = {
  id: 'link-1',
  blockId: 'b-link',
  title: 'Yang',
  author: 'Yang Kuisong',
  year: 2005,
  publisher: 'PHP',
  format: 'PDF',
  size: '103\u00a0 Ko',
  archiveDate: '2007-03-18',
  originalUrl: null,
  archivedUrl: null,
  sourceText: 'Yang'
}

describe('preferredUrl and linkStatus', () => {
  it('opens the archived copy first, as citation templates link archive-url for a moved source', () => {
    const both = {
      ...link,
      originalUrl: 'https://php.example/yang.pdf',
      archivedUrl: 'https://web.archive.org/web/2007/yang.pdf'
    }
    expect(preferredUrl(both, 'https://mine.example/')).toEqual({ url: both.archivedUrl, source: 'archived' })
    expect(linkStatus(both, null)).toBe('archived')
  })

  it('falls back to the original URL', () => {
    const original = { ...link, originalUrl: 'https://php.example/yang.pdf' }
    expect(preferredUrl(original, 'https://mine.example/')).toEqual({ url: original.originalUrl, source: 'original' })
    expect(linkStatus(original, null)).toBe('live')
  })

  it('uses the user’s URL only when the archive knows none', () => {
    expect(preferredUrl(link, 'https://mine.example/')).toEqual({ url: 'https://mine.example/', source: 'user' })
    expect(linkStatus(link, 'https://mine.example/')).toBe('user-url')
  })

  it('has no address and says the URL is unknown when nobody knows one', () => {
    expect(preferredUrl(link, null)).toBeNull()
    expect(linkStatus(link, null)).toBe('unknown-url')
  })
})
