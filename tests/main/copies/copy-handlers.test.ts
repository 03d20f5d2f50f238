import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CopyStore } from '../../../src/main/copies/copy-store'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../src/main/ipc/ipc-router'
import { SettingsStore } from '../../../src/main/settings/settings-store'
import type { FileFilter } from '../../../src/shared/ipc/contract'
import { ipcChannels } from '../../../src/shared/ipc/contract'
import { MAX_COPY_TEXT } from '../../../src/shared/copies/copy-types'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()
const PAGE = 'folio://app/index.html'
const LINK = { documentId: 'fed214270135fa12', linkId: 'l-1' }

/** The router over the real handlers and a real copy store; the open dialog answers `chosen()` and records its filters. */
async function setup(language: 'fr' | 'en' = 'fr') {
  const dir = tempDir('folio-copy-handlers-')
  const source = join(dir, 'yang-2005.pdf')
  writeFileSync(source, '%PDF-1.7\n%%EOF\n')
  const asked: FileFilter[][] = []
  let chosen: string | null = source
  const settings = new SettingsStore(join(dir, 'settings.json'))
  await settings.remember({ ...(await settings.get()), language })
  const copies = new CopyStore(join(dir, 'library'))
  // Only the copy methods are called: the other dependencies need not be real.
  const deps = {
    settings,
    copies,
    dialogs: {
      chooseSavePath: async () => null,
      chooseOpenPath: async (filters: FileFilter[]) => (asked.push(filters), chosen),
      chooseFolder: async () => null
    }
  } as Partial<HandlerDeps> as HandlerDeps
  const router = createIpcRouter(createHandlers(deps), ['folio://app'])
  const call = (channel: string, ...args: unknown[]) => router.dispatch(channel, PAGE, args)
  return { call, copies, asked, choose: (path: string | null) => void (chosen = path) }
}

describe('the copy calls over IPC', () => {
  it('attach the file the user chose, offering PDFs and saved pages in the UI’s language', async () => {
    const { call, asked, copies } = await setup()
    const attached = await call(ipcChannels.attachCopy, LINK)
    expect(attached).toMatchObject({ ok: true, copy: { fileName: 'yang-2005.pdf', links: [LINK] } })
    expect(asked).toEqual([
      [
        { name: 'PDF', extensions: ['pdf'] },
        { name: 'Page web enregistrée', extensions: ['html', 'htm', 'xhtml'] }
      ]
    ])
    expect(await copies.list(LINK.documentId)).toHaveLength(1)
    const english = await setup('en')
    await english.call(ipcChannels.attachCopy, null)
    expect(english.asked[0]?.[1]?.name).toBe('Saved web page')
  })

  it('say the user cancelled when the dialog is closed', async () => {
    const { call, choose, copies } = await setup()
    choose(null)
    expect(await call(ipcChannels.attachCopy, null)).toEqual({
      ok: false,
      reason: 'canceled',
      message: 'Ajout annulé.'
    })
    expect(await copies.list(null)).toEqual([])
  })

  it('list, describe, keep and read text, and remove through the same store', async () => {
    const { call } = await setup()
    const attached = (await call(ipcChannels.attachCopy, LINK)) as { ok: true; copy: { id: string } }
    const id = attached.copy.id
    expect(await call(ipcChannels.describeCopy, id, { pages: 3, title: 'Yang' })).toMatchObject({ pages: 3 })
    await call(ipcChannels.keepCopyText, id, { pages: ['un', 'deux', 'trois'] })
    expect(await call(ipcChannels.readCopyText, id)).toEqual({ pages: ['un', 'deux', 'trois'] })
    expect(await call(ipcChannels.listCopies, LINK.documentId)).toMatchObject([{ id, title: 'Yang' }])
    expect(await call(ipcChannels.removeCopy, id, LINK)).toEqual({ ok: true })
    expect(await call(ipcChannels.listCopies, null)).toEqual([])
  })

  const id = 'c-0123456789abcdef'
  it.each([
    ['attachCopy', [{ documentId: 'd'.repeat(201), linkId: 'l' }]],
    ['attachCopy', [{ documentId: 'd', linkId: 'l', extra: true }]],
    ['attachCopy', [{ documentId: 'd' }]],
    ['attachCopy', ['/etc/passwd']],
    ['attachCopy', []],
    ['listCopies', [42]],
    ['listCopies', ['x'.repeat(201)]],
    ['describeCopy', ['../../etc/passwd', { pages: 1, title: null }]],
    ['describeCopy', [id, { pages: -1, title: null }]],
    ['describeCopy', [id, { pages: 100_001, title: null }]],
    ['describeCopy', [id, { pages: 1.5, title: null }]],
    ['describeCopy', [id, { pages: 1, title: 'T'.repeat(501) }]],
    ['describeCopy', [id, { pages: 1, title: null, path: '/tmp/x' }]],
    ['readCopyText', ['c-0123456789ABCDEF']],
    ['readCopyText', [`${id}/../x`]],
    ['keepCopyText', [id, { pages: 'texte' }]],
    ['keepCopyText', [id, { pages: [1, 2] }]],
    ['keepCopyText', [id, { pages: ['x'.repeat(MAX_COPY_TEXT / 2), 'x'.repeat(MAX_COPY_TEXT / 2), 'x'] }]],
    ['removeCopy', [id]],
    ['removeCopy', [id, { documentId: 1, linkId: 'l' }]]
  ])('refuse %s with hostile arguments %#, before any handler runs', async (method, args) => {
    const { call, asked } = await setup()
    const channel = ipcChannels[method as keyof typeof ipcChannels]
    await expect(call(channel, ...args)).rejects.toThrow(`Arguments invalides pour ${method}`)
    expect(asked).toEqual([])
  })
})
