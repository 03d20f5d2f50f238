import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { copyOfArchive, seedText, shippedArchiveDir } from '../../fixtures/archive-files'

const SEED = '000_fed214270135fa12.txt'
const dirs: string[] = []
function damagedArchive(damage: (dir: string) => void): string {
  const dir = copyOfArchive()
  dirs.push(dir)
  damage(dir)
  return dir
}
const editManifest = (dir: string, edit: (manifest: Record<string, unknown>) => void) => {
  const path = join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  edit(manifest)
  writeFileSync(path, JSON.stringify(manifest))
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('loadArchive', () => {
  it('loads the shipped archive: one document, the seed parsed from the file byte for byte', async () => {
    const result = await loadArchive(shippedArchiveDir)
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.archive.name).toBe('Archive Folio')
    const [entry] = result.archive.documents
    expect(entry?.file).toBe(SEED)
    expect(entry?.document.titleLine).toBe(seedText().split('\n')[0])
    expect(entry?.document.references).toHaveLength(1)
    expect(entry?.document.links).toHaveLength(2)
    expect(entry?.notes.length).toBeGreaterThan(0)
  })

  it('names the manifest when it is missing', async () => {
    const dir = damagedArchive((d) => rmSync(join(d, 'manifest.json')))
    expect(await loadArchive(dir)).toEqual({
      ok: false,
      problem: { kind: 'missing', file: 'manifest.json', message: 'Le fichier est introuvable.' }
    })
  })

  it('reports a manifest that is not JSON', async () => {
    const dir = damagedArchive((d) => writeFileSync(join(d, 'manifest.json'), '{"format": "folio-archive", '))
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid-manifest', file: 'manifest.json' } })
    expect(!result.ok && result.problem.message).toMatch(/^JSON illisible/)
  })

  it('reports which manifest field is invalid', async () => {
    const dir = damagedArchive((d) => editManifest(d, (m) => ((m.documents as { sha256: string }[])[0]!.sha256 = 'abc')))
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid-manifest' } })
    expect(!result.ok && result.problem.message).toContain('documents.0.sha256')
  })

  it('refuses a document path that tries to leave the archive folder', async () => {
    const dir = damagedArchive((d) => editManifest(d, (m) => ((m.documents as { file: string }[])[0]!.file = '../../etc/passwd')))
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid-manifest' } })
    expect(!result.ok && result.problem.message).toContain('documents.0.file')
  })

  it('names the document file when it is missing', async () => {
    const dir = damagedArchive((d) => rmSync(join(d, SEED)))
    expect(await loadArchive(dir)).toMatchObject({ ok: false, problem: { kind: 'missing', file: SEED } })
  })

  it('names a document that cannot be read', async () => {
    const dir = damagedArchive((d) => {
      rmSync(join(d, SEED))
      mkdirSync(join(d, SEED))
    })
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'unreadable', file: SEED } })
    expect(!result.ok && result.problem.message).toContain('EISDIR')
  })

  it('detects a corrupted document through its checksum', async () => {
    const dir = damagedArchive((d) => writeFileSync(join(d, SEED), seedText().replace('1950', '1951')))
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'checksum', file: SEED } })
    expect(!result.ok && result.problem.message).toContain('altéré ou corrompu')
  })

  it('explains a document that is not an article even when its checksum matches', async () => {
    const dir = damagedArchive((d) => {
      // A PNG's first bytes: NULs on both sides, in no UTF-16 pattern (FF FE 00 41 would be UTF-16 text, 䄀).
      const garbage = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
      writeFileSync(join(d, SEED), garbage)
      editManifest(d, (m) => {
        const doc = (m.documents as { sha256: string; bytes: number }[])[0]!
        doc.bytes = garbage.byteLength
        doc.sha256 = require('node:crypto').createHash('sha256').update(garbage).digest('hex')
      })
    })
    expect(await loadArchive(dir)).toMatchObject({ ok: false, problem: { kind: 'invalid-document', file: SEED, message: expect.stringContaining('binaire') } })
  })
})
