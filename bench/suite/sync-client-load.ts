// The sync benchmark's load run, on the device side: C devices in groups sharing one document each, every device
// changing its own notes at a steady rate, each change timed to its arrival at every other device of its group
// (and, with several servers, at those connected to another server than the sender's).

import * as Y from 'yjs'
import { serverCount, sleep, until } from './sync-client-connections'
import { pouchDevice, relayDevice, yjsDevice, type Arrival, type LoadDevice } from './sync-client-devices'
import type { ClientTask, LoadPart } from './sync-client-tasks'
import { memoryPouch } from './sync-pouchdb'
import { changeOfStamp, pouchDoc, putRecords, records, seedRev, senderOfChange, stampOf } from './sync-records'

/** How long after the last change the load run waits for late arrivals (those still missing are counted). */
const DRAIN_MS = 10_000

/** Tells the parent (when there is one) that the devices are in step, and waits for its word to start. */
function readyToStart(): Promise<void> {
  if (!process.send) return Promise.resolve()
  return new Promise((resolve) => {
    process.once('message', () => resolve())
    process.send?.({ ready: true })
  })
}

export async function load(task: Extract<ClientTask, { mode: 'load' }>): Promise<LoadPart> {
  const started = performance.now()
  const groups = Math.ceil(task.clients / task.group)
  const instanceOf = (device: number) => device % task.urls.length
  const groupOf = (device: number) => Math.floor(device / task.group)
  const members = (g: number) =>
    Array.from({ length: task.clients }, (_, d) => d).filter((device) => groupOf(device) === g)
  // Who must get a change: the other devices of the sender's group (with several servers, only those on another).
  const receivers = (sender: number) =>
    members(groupOf(sender)).filter(
      (device) => device !== sender && (task.urls.length === 1 || instanceOf(device) !== instanceOf(sender))
    )
  const sentAt = new Map<number, number>()
  const got = new Map<number, number[]>()
  const pairs: number[] = []
  const arrived: Arrival = (change, receiver) => {
    const sent = sentAt.get(change)
    const sender = senderOfChange(change)
    if (sent === undefined || (task.urls.length > 1 && instanceOf(receiver) === instanceOf(sender))) return
    const at = performance.now() - sent
    pairs.push(at)
    const times = got.get(change) ?? []
    times.push(at)
    got.set(change, times)
  }

  const devices: { index: number; device: LoadDevice }[] = []
  const add = (group: number[], made: LoadDevice[]) =>
    made.forEach((device, member) => devices.push({ index: group[member] as number, device }))
  const Pouch = task.engine === 'pouchdb' ? memoryPouch() : null
  for (const g of task.groups ?? Array.from({ length: groups }, (_, i) => i)) {
    const group = members(g)
    const rows = records(group.length * task.perClient, g * task.group * task.perClient)
    const ownRows = (member: number) => rows.slice(member * task.perClient, (member + 1) * task.perClient)
    const ownOf = (member: number) => ownRows(member).map((row) => row.id)
    const name = task.folio?.document ?? `group-${g}`
    if (task.engine === 'relay') {
      const made = group.map((device, member) =>
        relayDevice(device, task.urls[instanceOf(device)] as string, name, ownOf(member), arrived)
      )
      for (const device of made) await device.connect()
      add(group, made)
    } else if (Pouch) {
      const seed = rows.map((row, n) => pouchDoc(row, seedRev(n + 1)))
      const made = group.map((device, member) =>
        pouchDevice(Pouch, device, `${task.urls[instanceOf(device)]}/${name}`, seed, ownOf(member), arrived)
      )
      for (const device of made) await device.seed()
      await made[0]?.upload()
      add(group, made)
    } else {
      const source = new Y.Doc()
      putRecords(source, rows)
      const seed = Y.encodeStateAsUpdate(source)
      const made = group.map((device, member) =>
        yjsDevice(
          device,
          task.urls[instanceOf(device)] as string,
          name,
          seed,
          ownRows(member),
          arrived,
          task.folio?.token
        )
      )
      if (task.folio) {
        // Folio's server tells no count: every device brings the same document, then the server has had time to
        // merge them (the same updates merge to one) before the first change.
        for (const device of made) await device.connect()
        await sleep(1_000)
        add(group, made)
        continue
      }
      // The first device brings the document to the server; the others then find it there.
      await made[0]?.connect()
      await until('the group’s document on the server', async () => {
        const counts = await Promise.all(task.stats.map((stats) => serverCount(stats, name)))
        return counts[instanceOf(group[0] as number)] === rows.length
      })
      for (const device of made.slice(1)) await device.connect()
      add(group, made)
    }
  }
  if (Pouch) {
    for (const { device } of devices) await device.connect()
    // Live replication has no "connected" event: give every feed time to be listening before the first change.
    await sleep(1_000)
  }
  const setupMs = performance.now() - started
  await readyToStart()
  const windowStart = performance.now()
  const devicesCpu = process.cpuUsage()
  const timers: NodeJS.Timeout[] = []
  const random = (seed: number) => ((seed * 2654435761) % 1000) / 1000
  let changes = 0
  await new Promise<void>((resolve) => {
    devices.forEach(({ index, device }) => {
      let n = 0
      // Each device at the same steady rate, their phases spread so that the server sees a steady stream.
      const tick = () => {
        const stamp = stampOf(index, n++)
        sentAt.set(changeOfStamp(stamp) as number, performance.now())
        changes++
        void device.change(stamp)
      }
      timers.push(
        setTimeout(
          () => {
            tick()
            timers.push(setInterval(tick, task.intervalMs))
          },
          random(index + 1) * task.intervalMs
        )
      )
    })
    setTimeout(resolve, task.durationMs)
  })
  timers.forEach((timer) => clearTimeout(timer))
  const expected = (change: number) => receivers(senderOfChange(change)).length
  await until(
    'every change at every device',
    () => [...sentAt.keys()].every((change) => (got.get(change)?.length ?? 0) >= expected(change)),
    50,
    DRAIN_MS
  ).catch(() => undefined)
  const windowSeconds = (performance.now() - windowStart) / 1000
  const devicesUsed = process.cpuUsage(devicesCpu)
  for (const { device } of devices) device.close()

  const toAll: number[] = []
  let incomplete = 0
  for (const change of sentAt.keys()) {
    const times = got.get(change) ?? []
    if (times.length >= expected(change)) toAll.push(Math.max(...times))
    else incomplete++
  }
  return {
    toAll,
    pairs,
    changes,
    incomplete,
    setupMs,
    devicesCpuSeconds: (devicesUsed.user + devicesUsed.system) / 1e6,
    windowSeconds
  }
}
