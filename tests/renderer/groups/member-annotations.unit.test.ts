// What the page keeps of the members' annotations main hands over: only those its own annotation schema accepts,
// of the open document; and the invite code found in what a person pastes (the code alone, or a message with it).

import { describe, expect, it } from 'vitest'
import { checkMemberAnnotations } from '../../../src/renderer/src/groups/check-member-annotations'
import { inviteCodeIn } from '../../../src/renderer/src/groups/group-errors'
import { showsMember, showsMine } from '../../../src/renderer/src/groups/group-filter'

const annotation = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  documentId: 'doc-1',
  target: {
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'Traité', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 6 }
    },
    blockId: 'b1',
    blockOffset: 0
  },
  color: 'yellow',
  note: 'Signé à Moscou',
  tags: [],
  createdAt: '2026-12-04T01:00:00.000Z',
  updatedAt: '2026-12-04T01:00:00.000Z',
  ...overrides
})

const from = (value: Record<string, unknown>) => ({
  annotation: value,
  author: { account: '0123456789abcdef', name: 'Claire' },
  groupId: 'fedcba9876543210'
})

describe('members’ annotations on the page', () => {
  it('keeps those the annotation schema accepts, of this document, keyed by author and id', () => {
    const kept = checkMemberAnnotations(
      [
        from(annotation('a1')),
        from(annotation('a2', { color: 'rouge-sang' })),
        from(annotation('a3', { note: 'x'.repeat(200_000) })),
        from(annotation('a4', { documentId: 'doc-2' })),
        from(annotation('a5', { extra: '<script>' }))
      ],
      'doc-1'
    )
    expect(kept.map((member) => [member.key, member.author.name, member.annotation.note])).toEqual([
      ['0123456789abcdef\na1', 'Claire', 'Signé à Moscou']
    ])
  })

  it('finds the invite code in a pasted code, a link or a message, and nothing in other text', () => {
    const code = 'AbCdEfGhIjKlMnOpQrSt_-'
    expect(inviteCodeIn(` ${code} `)).toBe(code)
    expect(inviteCodeIn(`Rejoins « Séminaire » : folio://groupe/${code}`)).toBe(code)
    expect(inviteCodeIn('trop court')).toBeNull()
    expect(inviteCodeIn(`${code}x`)).toBeNull()
  })

  it('filters mine, theirs and one member’s', () => {
    expect([showsMine('all'), showsMine('mine'), showsMine('theirs'), showsMine('member:abc')]).toEqual([
      true,
      true,
      false,
      false
    ])
    expect([
      showsMember('mine', 'abc'),
      showsMember('theirs', 'abc'),
      showsMember('member:abc', 'abc'),
      showsMember('member:abc', 'def')
    ]).toEqual([false, true, true, false])
  })
})
