// The archives the user has opened besides the shipped one, and which is open: kept in `<userData>/archives.json`
// so that the next start opens the same one. A missing file means the shipped archive; a damaged one is kept
// aside (archives.json.damaged-<date>) and the shipped archive opens, so no file can lock the user out.

import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeAtomically } from '../files/atomic-write'
import { keepAside } from '../files/keep-aside'

/** Archives remembered: the most recently opened are kept. */
export const MAX_REMEMBERED_ARCHIVES = 50

const rememberedSchema = z
  .object({
    /** The archive's folder, as the user chose it (its real path). */
    path: z.string().min(1).max(4096),
    id: z.string().min(1).max(128),
    name: z.string().min(1).max(200),
    openedAt: z.iso.datetime()
  })
  .strict()

const registrySchema = z
  .object({
    format: z.literal('folio-archives'),
    version: z.literal(1),
    /** The folder open now; null for the shipped archive. */
    current: z.string().min(1).max(4096).nullable(),
    archives: z.array(rememberedSchema).max(MAX_REMEMBERED_ARCHIVES)
  })
  .strict()

export type RememberedArchive = z.infer<typeof rememberedSchema>
type Registry = z.infer<typeof registrySchema>

const EMPTY: Registry = { format: 'folio-archives', version: 1, current: null, archives: [] }

async function readRegistry(file: string): Promise<Registry> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`${file} : illisible, archive livrée ouverte`)
    return EMPTY
  }
  const parsed = registrySchema.safeParse(
    (() => {
      try {
        return JSON.parse(text.replace(/^\ufeff/, ''))
      } catch {
        return null
      }
    })()
  )
  if (parsed.success) return parsed.data
  const aside = await keepAside(file).catch(() => null)
  console.warn(`${file} : abîmé, archive livrée ouverte${aside ? ` ; l’ancien fichier est gardé dans ${aside}` : ''}`)
  return EMPTY
}

/** The remembered archives; every change is written durably before it is reported done. */
export class ArchiveRegistry {
  private state: Promise<Registry> | null = null
  private writes: Promise<unknown> = Promise.resolve()

  constructor(private readonly file: string) {}

  private read(): Promise<Registry> {
    return (this.state ??= readRegistry(this.file))
  }

  /** The folder open now, or null for the shipped archive. */
  async current(): Promise<string | null> {
    return (await this.read()).current
  }

  /** The archives remembered, the most recently opened first. */
  async list(): Promise<RememberedArchive[]> {
    return [...(await this.read()).archives]
  }

  /** Makes `path` (null: the shipped archive) the open one; a new folder is remembered with its id and name. */
  select(path: string | null, archive?: { id: string; name: string }, at = new Date()): Promise<void> {
    return this.change((registry) => {
      const known = registry.archives.find((candidate) => candidate.path === path)
      const id = archive?.id ?? known?.id
      if (path === null || !id) return { ...registry, current: path }
      const entry = { path, id, name: archive?.name ?? known?.name ?? path, openedAt: at.toISOString() }
      const others = registry.archives.filter((candidate) => candidate.path !== path)
      return { ...registry, current: path, archives: [entry, ...others].slice(0, MAX_REMEMBERED_ARCHIVES) }
    })
  }

  /** Forgets `path` (its folder is left as it is); the shipped archive opens if it was the open one. */
  forget(path: string): Promise<void> {
    return this.change((registry) => ({
      ...registry,
      current: registry.current === path ? null : registry.current,
      archives: registry.archives.filter((known) => known.path !== path)
    }))
  }

  /** One change at a time, each written durably before the next reads. */
  private change(apply: (registry: Registry) => Registry): Promise<void> {
    const run = async () => {
      const next = apply(await this.read())
      await writeAtomically(this.file, JSON.stringify(next, null, 2) + '\n')
      this.state = Promise.resolve(next)
    }
    const done = this.writes.then(run, run)
    this.writes = done.catch(() => undefined)
    return done
  }
}
