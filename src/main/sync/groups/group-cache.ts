// The last groups the server listed for this account, kept in `<session dir>/groups.json` (written to a temporary
// file then renamed), so that members' names and roles, and their annotations, show while the server is away.
// Read back and checked like any other input: a damaged file is as if there were none.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { SERVER_ID } from '../../../shared/sync/group-types'
import { serverGroupSchema, type ServerGroup } from './group-api'

const cacheSchema = z.object({
  version: z.literal(1),
  me: z.object({ account: z.string().regex(SERVER_ID), name: z.string().max(400) }),
  groups: z.array(serverGroupSchema).max(1_000)
})
export type GroupCache = z.infer<typeof cacheSchema>

const cachePath = (dir: string) => join(dir, 'groups.json')

export async function readGroupCache(dir: string): Promise<GroupCache | null> {
  try {
    const parsed = cacheSchema.safeParse(JSON.parse(await readFile(cachePath(dir), 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function writeGroupCache(
  dir: string,
  me: { account: string; name: string },
  groups: ServerGroup[]
): Promise<void> {
  await mkdir(dir, { recursive: true })
  const path = cachePath(dir)
  await writeFile(`${path}.tmp`, JSON.stringify({ version: 1, me, groups } satisfies GroupCache), { flush: true })
  await rename(`${path}.tmp`, path)
}
