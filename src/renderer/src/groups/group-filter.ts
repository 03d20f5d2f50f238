// Which annotations the notes panel and the reader show: all, the user's own, the members', or one member's; and
// the member annotation in view (clicked in the reader). One small store for the panel and the reader, so that
// both follow one choice.

import { useSyncExternalStore } from 'react'

export type GroupFilter = 'all' | 'mine' | 'theirs' | `member:${string}`

interface GroupView {
  filter: GroupFilter
  /** `<author account>\n<annotation id>` of the member annotation picked in the reader, or null. */
  active: string | null
}

let view: GroupView = { filter: 'all', active: null }
const listeners = new Set<() => void>()

export function setGroupView(change: Partial<GroupView>): void {
  view = { ...view, ...change }
  for (const listener of [...listeners]) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export const useGroupView = (): GroupView => useSyncExternalStore(subscribe, () => view)

/** Whether a member's annotation passes the filter. */
export const showsMember = (filter: GroupFilter, account: string): boolean =>
  filter === 'all' || filter === 'theirs' || filter === `member:${account}`

/** Whether the user's own annotations pass the filter. */
export const showsMine = (filter: GroupFilter): boolean => filter === 'all' || filter === 'mine'

export const memberKey = (account: string, id: string) => `${account}\n${id}`
