// The devices of the sync benchmark, in a process apart from the servers (so that each side's CPU and memory are
// its own), given one task as JSON in argv[2] and printing its measures as one JSON line:
// - `baseline`: the N records through JSON.stringify, JSON.parse and the backup import's zod schema;
// - `initial`: device A puts the N records in its engine and uploads them, then a new device B downloads them
//   until it holds all N, and reads them out as validated records (what the bridge hands to Dexie);
// - `load`: C devices in groups sharing one document each, every device changing its own notes at a steady rate,
//   each change timed to its arrival at every other device of its group (and, with several servers, at those
//   connected to another server than the sender's).
// The modes: sync-client-baseline.ts, sync-client-initial.ts, sync-client-load.ts; the task and the measures'
// types: sync-client-tasks.ts.

import { baseline } from './sync-client-baseline'
import { initial } from './sync-client-initial'
import { load } from './sync-client-load'
import type { ClientTask } from './sync-client-tasks'

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as ClientTask
  const result =
    task.mode === 'baseline' ? baseline(task.records) : task.mode === 'initial' ? await initial(task) : await load(task)
  if (process.send) process.send({ result }, () => process.exit(0))
  else {
    process.stdout.write(`${JSON.stringify(result)}\n`)
    process.exit(0)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
