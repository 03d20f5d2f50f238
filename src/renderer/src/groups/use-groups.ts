// The groups as main knows them (listGroups), read again whenever main says they changed; null until the first
// answer, and without the preload.

import { useCallback, useEffect, useState } from 'react'
import type { GroupsState } from '../../../shared/sync/group-types'
import { getFolioPageApi } from '../ipc/folio-client'

export function useGroups(): { groups: GroupsState | null; reload(): Promise<void> } {
  const api = getFolioPageApi()
  const [groups, setGroups] = useState<GroupsState | null>(null)
  const reload = useCallback(async () => {
    if (!api) return
    setGroups(await api.listGroups())
  }, [api])
  useEffect(() => {
    if (!api) return
    let live = true
    const read = () =>
      void api.listGroups().then(
        (next) => live && setGroups(next),
        (error: unknown) => console.warn('Groupes : liste impossible', error)
      )
    const stop = api.on('groupsChanged', read)
    // The sync's connection decides whether there are groups at all.
    const stopSync = api.on('syncState', read)
    read()
    return () => {
      live = false
      stop()
      stopSync()
    }
  }, [api])
  return { groups, reload }
}
