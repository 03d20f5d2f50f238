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
    // Main tells this also when the sync's connection changes (another account, none): its groups go with it.
    const stop = api.on('groupsChanged', read)
    read()
    return () => {
      live = false
      stop()
    }
  }, [api])
  return { groups, reload }
}
