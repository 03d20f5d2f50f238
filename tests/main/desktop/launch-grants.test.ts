import { describe, expect, it } from 'vitest'
import { LaunchDelivery } from '../../../src/main/desktop/launch-delivery'
import { LaunchGrants, MAX_GRANTED_PATHS } from '../../../src/main/desktop/launch-grants'

describe('the paths a launch handed the page', () => {
  it('grants the files of a launch when they are handed to the page, not before', () => {
    const grants = new LaunchGrants()
    const delivery = new LaunchDelivery(grants)
    delivery.deliver({ files: ['/docs/a.md'], links: [], refused: [] })
    // The page has not heard of it yet: it cannot ask for it.
    expect(grants.size).toBe(0)
    delivery.setTarget({ send: () => undefined })
    expect(grants.take('/docs/a.md')).toBe(true)
  })

  it('takes each granted path once, and never one it did not grant', () => {
    const grants = new LaunchGrants()
    grants.grant(['/docs/a.md', '/docs/b.pdf'])
    expect(grants.take('/etc/passwd')).toBe(false)
    expect(grants.take('/docs/a.md')).toBe(true)
    expect(grants.take('/docs/a.md')).toBe(false)
    // Exactly as handed: another spelling of the same file is another path.
    expect(grants.take('/docs/./b.pdf')).toBe(false)
    expect(grants.take('/docs/b.pdf')).toBe(true)
  })

  it('keeps at most its bound, dropping the oldest grants first', () => {
    const grants = new LaunchGrants()
    grants.grant(Array.from({ length: MAX_GRANTED_PATHS + 2 }, (_, n) => `/docs/${n}.md`))
    expect(grants.size).toBe(MAX_GRANTED_PATHS)
    expect(grants.take('/docs/0.md')).toBe(false)
    expect(grants.take('/docs/1.md')).toBe(false)
    expect(grants.take(`/docs/${MAX_GRANTED_PATHS + 1}.md`)).toBe(true)
  })
})
