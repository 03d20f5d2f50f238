// What the sync figures are written with: the engines compared, by the names the report gives them, and the
// units of their values (seconds and MiB rounded for reading, ratios to two decimals).

import { round } from './stats'
import type { Engine } from './sync-client-tasks'

export const ENGINES: Engine[] = ['yjs', 'pouchdb']
export const NAMES: Record<Engine, string> = { yjs: 'Yjs/Hocuspocus', pouchdb: 'PouchDB/express-pouchdb' }

export const seconds = (ms: number) => round(ms / 1000, 2)
export const mib = (bytes: number) => round(bytes / 2 ** 20, 1)
export const ratio = (a: number, b: number) => round(a / b, 2)
