import { describe, expect, it, vi } from 'vitest'
import { LaunchDelivery } from '../../../src/main/desktop/launch-delivery'
import type { LaunchRequest } from '../../../src/main/desktop/launch-args'
import { LaunchGrants } from '../../../src/main/desktop/launch-grants'
import { formatInviteLink } from '../../../src/shared/sync/invite-link'

const request = (parts: Partial<LaunchRequest>): LaunchRequest => ({ files: [], links: [], refused: [], ...parts })

describe('handing a launch’s requests to the window', () => {
  it('sends each link and the files as events once the page has loaded, not before', () => {
    const recent = vi.fn()
    const delivery = new LaunchDelivery(new LaunchGrants(), recent)
    delivery.deliver(request({ files: ['/docs/a.md', '/docs/b.pdf'], links: ['folio://passage/x'] }))
    const contents = { send: vi.fn() }
    expect(contents.send).not.toHaveBeenCalled()
    delivery.setTarget(contents)
    expect(contents.send.mock.calls).toEqual([
      ['events:open-passage-link', 'folio://passage/x'],
      ['events:add-files', ['/docs/a.md', '/docs/b.pdf']]
    ])
    expect(recent).toHaveBeenCalledExactlyOnceWith(['/docs/a.md', '/docs/b.pdf'])
    // Later requests go at once; none is sent twice.
    delivery.deliver(request({ links: ['folio://passage/y'] }))
    expect(contents.send).toHaveBeenCalledTimes(3)
    delivery.setTarget(contents)
    expect(contents.send).toHaveBeenCalledTimes(3)
  })

  it('waits again while the window is gone, and logs refusals without sending anything', () => {
    const delivery = new LaunchDelivery(new LaunchGrants())
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const contents = { send: vi.fn() }
    delivery.setTarget(null)
    delivery.deliver(
      request({ refused: [{ argument: 'http://x', reason: 'unknown-scheme', message: '« http://x » : non' }] })
    )
    delivery.deliver(request({ files: ['/docs/c.md'] }))
    delivery.setTarget(contents)
    expect(contents.send.mock.calls).toEqual([['events:add-files', ['/docs/c.md']]])
    expect(warn).toHaveBeenCalledWith('Lancement : « http://x » : non')
    warn.mockRestore()
  })

  it('hands on a group’s invite link, and drops one that does not read as one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const delivery = new LaunchDelivery(new LaunchGrants())
    const contents = { send: vi.fn() }
    delivery.setTarget(contents)
    const invite = formatInviteLink({ code: 'AbCdEfGhIjKlMnOpQrSt_-', server: 'https://sync.example.org' })
    const forged = 'folio://join-group?code=AbCdEfGhIjKlMnOpQrSt_-&server=javascript%3Aalert(1)'
    delivery.deliver(request({ links: [forged, invite] }))
    expect(contents.send.mock.calls).toEqual([['events:open-passage-link', invite]])
    expect(warn).toHaveBeenCalledWith('Lancement : lien d’invitation refusé (bad-server).')
    warn.mockRestore()
  })
})
