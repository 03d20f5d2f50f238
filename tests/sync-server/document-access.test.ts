// The access rule alone, case by case: which document names exist, and what each member may do with each.

import { describe, expect, it } from 'vitest'
import { accessTo } from '../../src/sync-server/document-access'
import { parseDocumentName } from '../../src/sync-server/document-names'
import type { Group } from '../../src/sync-server/groups'

const A = 'aaaaaaaaaaaaaaaa'
const B = 'bbbbbbbbbbbbbbbb'
const C = 'cccccccccccccccc'
const R = 'dddddddddddddddd'
const G = '0123456789abcdef'
const at = '2026-12-04T00:00:00.000Z'
const groups: Group[] = [
  {
    id: G,
    name: 'g',
    createdAt: at,
    invites: [],
    members: [
      { account: A, role: 'owner', joinedAt: at },
      { account: B, role: 'annotate', joinedAt: at },
      { account: R, role: 'read', joinedAt: at }
    ]
  }
]

describe('accessTo', () => {
  it.each([
    ['its own private document', A, `account:${A}`, 'write'],
    ["another account's private document", B, `account:${A}`, 'none'],
    ['the owner, on their member document', A, `group:${G}:${A}`, 'write'],
    ['the annotator, on their member document', B, `group:${G}:${B}`, 'write'],
    // An owner may take a member's document out of the group (withdraw), never write in it.
    ["the owner, on the annotator's document", A, `group:${G}:${B}`, 'withdraw'],
    ["the annotator, on the owner's document", B, `group:${G}:${A}`, 'read'],
    // A reader may still take back what they shared before their role went down.
    ['a reader, on their own member document', R, `group:${G}:${R}`, 'withdraw'],
    ["a reader, on another's", R, `group:${G}:${A}`, 'read'],
    ["the annotator, on the reader's document", B, `group:${G}:${R}`, 'read'],
    ['a non-member', C, `group:${G}:${A}`, 'none'],
    ['a non-member, on a document naming themself', C, `group:${G}:${C}`, 'none'],
    ["a member, on a non-member's document", A, `group:${G}:${C}`, 'none'],
    ['anyone, on an unknown group', A, `group:${'f'.repeat(16)}:${A}`, 'none'],
    ['anyone, on a name of no known form', A, 'notes', 'none'],
    ['anyone, on upper-case ids', A, `account:${A.toUpperCase()}`, 'none'],
    ['anyone, on a name with a path in it', A, `account:../${A}`, 'none']
  ] as const)('%s: %s', (_what, account, name, expected) => {
    expect(accessTo(account, name, groups)).toBe(expected)
  })

  it('reads no name longer than the longest it serves', () => {
    expect(parseDocumentName(`account:${A}${' '.repeat(10_000)}`)).toBeNull()
  })
})
