// The groups' parts of the reader and the notes panel: a group lives on a sync server, so they load (and show)
// once this device is connected to one — the app's first screen carries none of their code.

import { lazy, Suspense, type ComponentProps } from 'react'
import { useSync } from '../sync/sync-context'

const GroupNotes = lazy(() => import('./group-notes').then((module) => ({ default: module.GroupNotes })))
const MemberHighlights = lazy(() =>
  import('./member-highlights').then((module) => ({ default: module.MemberHighlights }))
)
const MemberHighlightsOfCopy = lazy(() =>
  import('./member-highlights').then((module) => ({ default: module.MemberHighlightsOfCopy }))
)

const useConnected = (): boolean => useSync()?.state?.connection != null

export function SyncedGroupNotes(props: ComponentProps<typeof GroupNotes>) {
  return useConnected() ? (
    <Suspense fallback={null}>
      <GroupNotes {...props} />
    </Suspense>
  ) : null
}

export function SyncedMemberHighlights(props: ComponentProps<typeof MemberHighlights>) {
  return useConnected() ? (
    <Suspense fallback={null}>
      <MemberHighlights {...props} />
    </Suspense>
  ) : null
}

export function SyncedMemberHighlightsOfCopy(props: ComponentProps<typeof MemberHighlightsOfCopy>) {
  return useConnected() ? (
    <Suspense fallback={null}>
      <MemberHighlightsOfCopy {...props} />
    </Suspense>
  ) : null
}
