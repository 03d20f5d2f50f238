// Issue 18's engines measured side by side before the choice stands: Yjs documents on a bare Hocuspocus 3 server
// against PouchDB replicating to express-pouchdb (CouchDB's protocol), each server in a process of its own on
// 127.0.0.1 (its RSS and CPU its own), the devices in another: the initial sync of N annotations to a new device
// against a backup's JSON and zod validation of the same records, the load of C devices editing at once, and two
// Hocuspocus instances sharing documents through Debian's redis-server against one instance.
// The parts: sync-processes.ts (the children and redis-server), sync-initial-figures.ts, sync-load-figures.ts,
// sync-cluster-figures.ts (the shared-document runs); this file runs them in order and draws the plot.

import type { Figure } from './figure'
import type { Sizes } from './sizes'
import { count } from './stats'
import type { LoadEngine, LoadResult } from './sync-client-tasks'
import { sharedDocumentFigures } from './sync-cluster-figures'
import { initialFigures, initialSync } from './sync-initial-figures'
import { loadFigures, loadRun } from './sync-load-figures'
import { plotSyncLatency } from './sync-plot'
import { bundleSyncChildren } from './sync-processes'
import { ENGINES, NAMES } from './sync-report-terms'

type Log = (line: string) => void

/**
 * Every sync figure, in this order: initial sync, load, cluster, Folio's server. `earlier` are the figures measured before in the same
 * run (the backup import's, when it ran); the latency plot goes to `plotFile`.
 */
export async function syncFigures(
  sizes: Sizes,
  plotFile: string,
  log: Log,
  earlier: readonly Figure[]
): Promise<Figure[]> {
  await bundleSyncChildren()
  const initial = await initialSync(sizes, log)
  const figures = initialFigures(
    sizes,
    initial,
    earlier.find((f) => f.id === 'backup.import' && f.value !== null)
  )
  const load = {} as Record<LoadEngine, LoadResult>
  for (const engine of ['relay', ...ENGINES] as const) {
    log(
      `  sync: load, ${sizes.syncLoadClients} devices on ${engine === 'relay' ? 'a bare WebSocket relay' : NAMES[engine]}…`
    )
    load[engine] = await loadRun(engine, sizes)
  }
  figures.push(...loadFigures(sizes, load))
  const { figures: shared, clustered } = await sharedDocumentFigures(sizes, log)
  figures.push(...shared)
  await plotSyncLatency(
    [
      ...(['relay', ...ENGINES] as const).map((engine) => ({
        name: `${engine === 'relay' ? 'bare WebSocket relay (baseline)' : NAMES[engine]}: ${sizes.syncLoadClients} devices, ${count(load[engine].toAll.length, 'change')}`,
        color: { relay: '#7f7f7f', yjs: '#1f77b4', pouchdb: '#d62728' }[engine],
        samples: load[engine].toAll
      })),
      ...(clustered
        ? [
            {
              name: `Hocuspocus ×2 over Redis (last round): ${sizes.syncClusterClients} devices, ${count(clustered.pairs.length, 'arrival')} across`,
              color: '#2ca02c',
              samples: clustered.pairs
            }
          ]
        : [])
    ],
    plotFile
  )
  log(`  sync: plot written to ${plotFile}`)
  return figures
}
