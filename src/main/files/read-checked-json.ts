// A JSON file of the app's own, read back and checked against its schema: a missing one is no error, a damaged
// one (unreadable JSON, or not what the schema allows) is moved aside under a dated name (keep-aside.ts) with its
// problem named, so that its reader can start afresh without losing what the user had.

import { readFile } from 'node:fs/promises'
import type { z } from 'zod'
import { keepAside } from './keep-aside'

export type CheckedJson<T> =
  { found: 'valid'; data: T } | { found: 'none' } | { found: 'damaged'; problem: string; aside: string }

/** The file at `path` as `schema` reads it; a damaged one is kept aside, dated by `now`. Other read errors throw. */
export async function readCheckedJson<T>(path: string, schema: z.ZodType<T>, now: () => Date): Promise<CheckedJson<T>> {
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return { found: 'none' }
  }
  let problem: string
  try {
    const parsed = schema.safeParse(JSON.parse(raw))
    if (parsed.success) return { found: 'valid', data: parsed.data }
    problem = parsed.error.issues[0]?.message ?? 'contenu invalide'
  } catch (error) {
    problem = `JSON illisible (${error instanceof Error ? error.message : String(error)})`
  }
  return { found: 'damaged', problem, aside: await keepAside(path, now()) }
}
