import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  COPY_EXTENSIONS,
  MAX_ARGUMENTS,
  parseLaunchArgs,
  sortArgument,
  type LaunchArgsOptions
} from '../../../src/main/desktop/launch-args'
import { sniffCopy } from '../../../src/main/copies/sniff-copy'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'
import { growthRatio, LINEAR_GROWTH, repeatTo } from '../../fixtures/time-ratio'

const tempDir = tempDirsPerTest()
let dir = ''
let options: LaunchArgsOptions

/** A packaged launch: the program, then the user's arguments. */
const launch = (...args: string[]) => parseLaunchArgs(['/opt/Folio/folio', ...args], options)
const reasons = async (...args: string[]) => (await launch(...args)).refused.map((refusal) => refusal.reason)

beforeEach(() => {
  dir = tempDir('folio-launch-')
  for (const name of ['notes.md', 'article.txt', 'Thèse.PDF', 'page.html', 'setup.exe', 'README'])
    writeFileSync(join(dir, name), 'x')
  mkdirSync(join(dir, 'folder'))
  mkdirSync(join(dir, 'looks-like.md'))
  options = { cwd: dir, defaultApp: false }
})

describe('a launch’s arguments', () => {
  it('add the existing files Folio reads, as absolute paths, in the order given', async () => {
    const request = await launch(join(dir, 'notes.md'), 'article.txt', './Thèse.PDF', 'page.html')
    expect(request).toEqual({
      files: [join(dir, 'notes.md'), join(dir, 'article.txt'), join(dir, 'Thèse.PDF'), join(dir, 'page.html')],
      links: [],
      refused: []
    })
  })

  it('open folio:// links, handed on exactly as given', async () => {
    const link = 'folio://passage/a-1b2c?start=10&end=42#note'
    expect(await launch(link)).toEqual({ files: [], links: [link], refused: [] })
  })

  it('skip Electron’s and Chromium’s switches, the program and, in development, the app’s path', async () => {
    const request = await parseLaunchArgs(
      ['/usr/lib/electron', '.', '--inspect=9229', '--allow-file-access-from-files', '-psn_0_1234', 'notes.md'],
      { cwd: dir, defaultApp: true }
    )
    expect(request).toEqual({ files: [join(dir, 'notes.md')], links: [], refused: [] })
    // A second launch of the packaged app on Windows: Chromium adds its own switches to argv.
    const second = await launch('--original-process-start-time=13350000000', 'notes.md')
    expect(second.files).toEqual([join(dir, 'notes.md')])
    expect(second.refused).toEqual([])
  })

  it('refuse every other scheme: the web, local files by URL, scripts', async () => {
    expect(await reasons('http://evil.example/x.md', 'https://x', 'file:///etc/passwd', 'javascript:alert(1)')).toEqual(
      ['unknown-scheme', 'unknown-scheme', 'unknown-scheme', 'unknown-scheme']
    )
    // "Exactly folio": not another spelling of it, and a link with its two slashes.
    expect(await reasons('FOLIO://passage/x', 'folio:passage/x', 'folio://pass age')).toEqual([
      'unknown-scheme',
      'invalid-link',
      'invalid-link'
    ])
  })

  it('refuse huge links and paths, control characters and NUL bytes, and say so in French', async () => {
    const refused = (
      await launch(`folio://passage/${'a'.repeat(5000)}`, 'x'.repeat(40_000), 'folio://a\u0007b', 'notes.md\0.exe')
    ).refused
    expect(refused.map((refusal) => refusal.reason)).toEqual(['too-long', 'too-long', 'control-characters', 'nul-byte'])
    expect(refused[0]?.argument.length).toBe(200)
    expect(refused[0]?.message).toMatch(/argument trop long/)
  })

  it('refuse paths that do not exist, folders (whatever their name), other types, network paths', async () => {
    expect(
      await reasons(
        'missing.md',
        'folder',
        'looks-like.md',
        'setup.exe',
        'README',
        '\\\\server\\share\\a.md',
        '//server/a.md'
      )
    ).toEqual([
      'not-found',
      'directory',
      'directory',
      'unsupported-type',
      'unsupported-type',
      'network-path',
      'network-path'
    ])
  })

  it('take a Windows drive path for a path, not for a scheme', () => {
    expect(sortArgument('C:\\Users\\ana\\notes.md', dir)).toHaveProperty('path')
    expect(sortArgument('d:/notes.md', dir)).toHaveProperty('path')
    expect(sortArgument('c:notes', dir)).toEqual({ refused: 'unknown-scheme' })
  })

  it('look at no more than MAX_ARGUMENTS of them', async () => {
    const request = await launch(...Array.from({ length: MAX_ARGUMENTS + 50 }, () => 'notes.md'))
    expect(request.files).toHaveLength(MAX_ARGUMENTS)
    expect(request.refused.map((refusal) => refusal.reason)).toEqual(['too-many'])
  })

  it('read an argument in linear time', () => {
    const ratio = growthRatio(
      (size) => repeatTo('dossier/', size),
      2000,
      (text) => sortArgument(text, dir)
    )
    expect(ratio).toBeLessThan(LINEAR_GROWTH)
    const links = growthRatio(
      (size) => `folio://${repeatTo('p/%41', size - 8)}`,
      256,
      (text) => sortArgument(text, dir)
    )
    expect(links).toBeLessThan(LINEAR_GROWTH)
  })

  it('take the copies by the extensions sniff-copy takes them by', async () => {
    for (const extension of COPY_EXTENSIONS) {
      const file = join(dir, `copy${extension}`)
      writeFileSync(file, extension === '.pdf' ? '%PDF-1.7\n%%EOF\n' : '<!doctype html><html><body>x</body></html>')
      expect((await sniffCopy(file)).ok, extension).toBe(true)
      expect((await launch(file)).files).toEqual([file])
    }
  })
})
