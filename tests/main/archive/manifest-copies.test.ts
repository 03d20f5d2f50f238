// The manifest's `copies` field (copies shipped with an archive): each entry names a document, one of its links, a
// plain file of the archive folder, its SHA-256 and size, and nothing else; the list is bounded.

import { describe, expect, it } from 'vitest'
import {
  archiveCopySchema,
  archiveManifestSchema,
  describeIssues,
  MAX_SHIPPED_COPIES
} from '../../../src/main/archive/manifest-schema'

const good = {
  document: 'fed214270135fa12',
  link: 'link-bbcb75e8',
  file: 'yang-2005.pdf',
  sha256: 'a'.repeat(64),
  bytes: 7060
}
const refusal = (entry: unknown) => {
  const parsed = archiveCopySchema.safeParse(entry)
  return parsed.success ? null : describeIssues(parsed.error)
}
const manifest = (copies?: unknown[]) => ({
  format: 'folio-archive',
  formatVersion: 1,
  name: 'Archive',
  documents: [{}],
  ...(copies ? { copies } : {})
})

describe('a shipped copy’s manifest entry', () => {
  it('takes a document id, a link id, a plain file name, a SHA-256 and a size', () => {
    expect(archiveCopySchema.parse(good)).toEqual(good)
  })

  it('refuses a path out of the folder, a bad hash, an empty file, an unknown key, each by name', () => {
    expect(refusal({ ...good, file: '../x.pdf' })).toBe(
      'file : un chemin (« / » ou « \\ »), pas un nom de fichier du dossier de l’archive'
    )
    expect(refusal({ ...good, file: '/etc/x.pdf' })).toBe('file : un chemin absolu, hors du dossier de l’archive')
    expect(refusal({ ...good, sha256: 'xyz' })).toBe('sha256 : une empreinte SHA-256 en 64 chiffres hexadécimaux')
    expect(refusal({ ...good, bytes: 0 })).toBe('bytes : un fichier d’au moins un octet')
    expect(refusal({ ...good, link: 'un lien' })).toBe('link : un id de lien (« link-… ») de ce document')
    expect(refusal({ ...good, path: 'x' })).toMatch(/^\(racine\) : .*path/)
  })
})

describe('the manifest’s copies', () => {
  it('are optional (the shipped archive lists none)', () => {
    expect(archiveManifestSchema.parse(manifest())).not.toHaveProperty('copies')
  })

  it(`are at most ${MAX_SHIPPED_COPIES}`, () => {
    expect(archiveManifestSchema.safeParse(manifest(Array(MAX_SHIPPED_COPIES).fill(good))).success).toBe(true)
    const over = archiveManifestSchema.safeParse(manifest(Array(MAX_SHIPPED_COPIES + 1).fill(good)))
    expect(over.success ? null : describeIssues(over.error)).toBe(`copies : plus de ${MAX_SHIPPED_COPIES} copies`)
  })
})
