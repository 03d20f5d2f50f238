// A failed group action in the user's words: the server's refusal by its code, else what it said.

import type { TFunction } from 'i18next'

const KNOWN = new Set([
  'off',
  'offline',
  'bad-code',
  'last-owner',
  'forbidden',
  'not-found',
  'not-member',
  'group-full',
  'too-many-invites',
  'self'
])

export function groupErrorText(result: { code: string; message: string }, t: TFunction): string {
  return KNOWN.has(result.code)
    ? t(`groups.errors.${result.code}`)
    : t('groups.errors.other', { message: result.message.slice(0, 300) })
}

/** The invite code in what the user pasted: the code itself, or a link or message that carries it. */
export function inviteCodeIn(text: string): string | null {
  const trimmed = text.trim().slice(0, 2_000)
  if (/^[A-Za-z0-9_-]{22}$/.test(trimmed)) return trimmed
  const found = /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/.exec(trimmed)
  return found ? found[1]! : null
}
