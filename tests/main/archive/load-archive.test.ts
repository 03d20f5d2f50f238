import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadArchive } from '../../../src/main/archive/load-archive'
import type { ArchiveLoadResult } from '../../../src/shared/archive/archive-types'
import { copyOfArchive, seedText, shippedArchiveDir } from '../../fixtures/archive-files'
import { generatedArchive, type GeneratedDocument } from '../../fixtures/generated-archive'

const SEED = '000_fed214270135fa12.txt'
const dirs: string[] = []
function damagedArchive(damage: (dir: string) => void): string {
  const dir = copyOfArchive()
  dirs.push(dir)
  damage(dir)
  return dir
}
const editManifest = (
  dir: string,
  edit: (manifest: { documents: Record<string, unknown>[] } & Record<string, unknown>) => void
) => {
  const path = join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(path, 'utf8'))
  edit(manifest)
  writeFileSync(path, JSON.stringify(manifest))
}
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')

/** An archive of five generated documents, for damaging one of them. */
async function fiveDocuments(): Promise<{ dir: string; documents: GeneratedDocument[] }> {
  const archive = await generatedArchive(5)
  dirs.push(archive.dir)
  return archive
}

function opened(result: ArchiveLoadResult) {
  if (!result.ok) throw new Error(`the archive was refused: ${result.problem.message}`)
  return { ids: result.archive.documents.map((entry) => entry.id), damaged: result.damaged }
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('loadArchive', () => {
  it('loads the shipped archive: one document, the seed parsed from the file byte for byte', async () => {
    const result = await loadArchive(shippedArchiveDir)
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.archive.name).toBe('Archive Folio')
    expect(result.damaged).toEqual([])
    const [entry] = result.archive.documents
    expect(entry?.file).toBe(SEED)
    expect(entry?.document.titleLine).toBe(seedText().split('\n')[0])
    expect(entry?.document.references).toHaveLength(1)
    expect(entry?.document.links).toHaveLength(2)
    expect(entry?.notes.length).toBeGreaterThan(0)
  })
})

describe('a damaged manifest refuses the archive, naming the file', () => {
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

  it('reports which envelope field is invalid', async () => {
    const dir = damagedArchive((d) => editManifest(d, (m) => (m.documents = 'none' as never)))
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid-manifest' } })
    expect(!result.ok && result.problem.message).toContain('documents')
  })

  it('refuses an archive name of 50 MB by its bound, without reading past the manifest’s limit', async () => {
    const dir = damagedArchive((d) => editManifest(d, (m) => (m.name = 'x'.repeat(50 * 1024 * 1024))))
    expect(await loadArchive(dir)).toMatchObject({
      ok: false,
      problem: { kind: 'unreadable', file: 'manifest.json', message: expect.stringContaining('trop gros') }
    })
  })

  it('refuses a too-long archive name that fits the manifest, naming the field', async () => {
    const dir = damagedArchive((d) => editManifest(d, (m) => (m.name = 'x'.repeat(201))))
    const result = await loadArchive(dir)
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid-manifest' } })
    expect(!result.ok && result.problem.message).toContain('name : plus de 200 caractères')
  })
})

describe('one damaged document never blocks the rest', () => {
  it('an archive of five with one file edited: the four others open, the edited one is listed with its file and problem', async () => {
    const { dir, documents } = await fiveDocuments()
    const edited = documents[2]!
    writeFileSync(join(dir, edited.file), readFileSync(join(dir, edited.file), 'utf8').replace('1950', '1951'))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toEqual(documents.filter((doc) => doc !== edited).map((doc) => doc.id))
    expect(damaged).toEqual([
      {
        id: edited.id,
        file: edited.file,
        title: edited.file,
        problem: {
          kind: 'checksum',
          file: edited.file,
          message: expect.stringMatching(/même taille \(\d+ octets\), empreinte différente.*altéré ou corrompu/)
        }
      }
    ])
  })

  it('a missing file is damaged (missing), the others open', async () => {
    const { dir, documents } = await fiveDocuments()
    rmSync(join(dir, documents[0]!.file))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toHaveLength(4)
    expect(damaged).toMatchObject([{ id: documents[0]!.id, problem: { kind: 'missing', file: documents[0]!.file } }])
  })

  it('a folder or a FIFO in a document’s place is unreadable, never waited on', async () => {
    const { dir, documents } = await fiveDocuments()
    rmSync(join(dir, documents[1]!.file))
    mkdirSync(join(dir, documents[1]!.file))
    rmSync(join(dir, documents[3]!.file))
    execFileSync('mkfifo', [join(dir, documents[3]!.file)])
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toHaveLength(3)
    expect(damaged).toMatchObject([
      { id: documents[1]!.id, problem: { kind: 'unreadable', message: expect.stringContaining('un dossier') } },
      { id: documents[3]!.id, problem: { kind: 'unreadable', message: expect.stringContaining('FIFO') } }
    ])
  })

  it('a document that is not an article, checksum matching, is damaged with the parser’s reason', async () => {
    const dir = damagedArchive((d) => {
      // A PNG's first bytes: NULs on both sides, in no UTF-16 pattern (FF FE 00 41 would be UTF-16 text, 䄀).
      const garbage = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])
      writeFileSync(join(d, SEED), garbage)
      editManifest(d, (m) => Object.assign(m.documents[0]!, { bytes: garbage.byteLength, sha256: sha256(garbage) }))
    })
    expect(opened(await loadArchive(dir)).damaged).toMatchObject([
      {
        id: 'fed214270135fa12',
        problem: { kind: 'invalid-document', file: SEED, message: expect.stringContaining('binaire') }
      }
    ])
  })

  it('a file grown far past its listed size is caught as altered', async () => {
    const { dir, documents } = await fiveDocuments()
    writeFileSync(join(dir, documents[4]!.file), 'x'.repeat(5 * 1024 * 1024))
    expect(opened(await loadArchive(dir)).damaged).toMatchObject([
      {
        id: documents[4]!.id,
        problem: { kind: 'checksum', message: expect.stringContaining(`${5 * 1024 * 1024} octets au lieu de`) }
      }
    ])
  })

  it('a mended file opens again under its id (the notes keyed by it come back)', async () => {
    const { dir, documents } = await fiveDocuments()
    const path = join(dir, documents[2]!.file)
    const original = readFileSync(path)
    writeFileSync(path, 'abîmé')
    expect(opened(await loadArchive(dir)).ids).not.toContain(documents[2]!.id)
    writeFileSync(path, original)
    const again = opened(await loadArchive(dir))
    expect(again.ids).toContain(documents[2]!.id)
    expect(again.damaged).toEqual([])
  })
})

describe('absurd manifest entries are refused by name; the other documents open', () => {
  const refusedFile = async (file: string) => {
    const { dir } = await fiveDocuments()
    editManifest(dir, (m) => (m.documents[1]!.file = file))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toHaveLength(4)
    expect(damaged).toHaveLength(1)
    return damaged[0]!
  }

  it('a path that climbs out of the folder', async () => {
    const damaged = await refusedFile('../../etc/passwd')
    expect(damaged.problem).toMatchObject({ kind: 'invalid-entry', file: '../../etc/passwd' })
    expect(damaged.problem.message).toContain('documents.1.file : un chemin')
  })

  it('an absolute path', async () => {
    expect((await refusedFile('/etc/passwd')).problem.message).toContain('documents.1.file : un chemin absolu')
  })

  it('a path with backslashes', async () => {
    expect((await refusedFile('..\\..\\x.txt')).problem.message).toContain('« \\ »')
  })

  it('a link that leads out of the folder, even to a file whose checksum matches', async () => {
    const { dir, documents } = await fiveDocuments()
    const outside = mkdtempSync(join(tmpdir(), 'folio-outside-'))
    dirs.push(outside)
    const target = join(outside, 'secret.txt')
    writeFileSync(target, readFileSync(join(dir, documents[1]!.file)))
    rmSync(join(dir, documents[1]!.file))
    symlinkSync(target, join(dir, documents[1]!.file))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toHaveLength(4)
    expect(damaged).toMatchObject([
      { id: documents[1]!.id, problem: { kind: 'outside-archive', file: documents[1]!.file } }
    ])
  })

  it('a link to another file inside the folder is followed', async () => {
    const { dir, documents } = await fiveDocuments()
    const kept = join(dir, 'kept.txt')
    writeFileSync(kept, readFileSync(join(dir, documents[1]!.file)))
    rmSync(join(dir, documents[1]!.file))
    symlinkSync(kept, join(dir, documents[1]!.file))
    expect(opened(await loadArchive(dir))).toMatchObject({ ids: documents.map((doc) => doc.id), damaged: [] })
  })

  it('a note longer than its bound, naming the entry’s field', async () => {
    const { dir, documents } = await fiveDocuments()
    editManifest(dir, (m) => (m.documents[3]!.notes = ['n'.repeat(2001)]))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toHaveLength(4)
    expect(damaged).toMatchObject([
      { id: documents[3]!.id, file: documents[3]!.file, problem: { kind: 'invalid-entry' } }
    ])
    expect(damaged[0]!.problem.message).toContain('documents.3.notes.0 : plus de 2000 caractères')
  })

  it('an entry that is not even an object gets a placeholder id and name', async () => {
    const { dir } = await fiveDocuments()
    editManifest(dir, (m) => m.documents.push(42 as never))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toHaveLength(5)
    expect(damaged).toMatchObject([{ id: '#5', file: 'documents[5]', problem: { kind: 'invalid-entry' } }])
  })

  it('a duplicate id: the first entry opens, the repeat is refused naming the id', async () => {
    const { dir, documents } = await fiveDocuments()
    editManifest(dir, (m) => (m.documents[4]!.id = documents[0]!.id))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toEqual(documents.slice(0, 4).map((doc) => doc.id))
    expect(damaged).toMatchObject([
      { file: documents[4]!.file, problem: { kind: 'duplicate', message: expect.stringContaining(documents[0]!.id) } }
    ])
    expect(damaged[0]!.id).not.toBe(documents[0]!.id)
  })

  it('a duplicate file: the repeat is refused', async () => {
    const { dir, documents } = await fiveDocuments()
    editManifest(dir, (m) => (m.documents[4] = { ...m.documents[0]!, id: 'another-id' }))
    const { ids, damaged } = opened(await loadArchive(dir))
    expect(ids).toEqual(documents.slice(0, 4).map((doc) => doc.id))
    expect(damaged).toMatchObject([{ id: 'another-id', file: documents[0]!.file, problem: { kind: 'duplicate' } }])
  })
})
