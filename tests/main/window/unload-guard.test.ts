import { describe, expect, it, vi } from 'vitest'
import { askBeforeUnload } from '../../../src/main/window/unload-guard'
import { DEFAULT_SETTINGS, mainSettings, type MainSettings } from '../../../src/shared/settings/settings'

/** A webContents that records its listeners, and main's settings with a language the test changes. */
function fakes(language: MainSettings['language'] = 'fr') {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>()
  const contents = {
    on: vi.fn((name: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(name, listener))
  }
  const changes = new Set<(settings: MainSettings) => void>()
  const settings = {
    get: async () => mainSettings({ ...DEFAULT_SETTINGS, language }),
    onChange: (listener: (settings: MainSettings) => void) => {
      changes.add(listener)
      return () => changes.delete(listener)
    },
    report: (next: MainSettings['language']) =>
      changes.forEach((listener) => listener(mainSettings({ ...DEFAULT_SETTINGS, language: next })))
  }
  /** Fires will-prevent-unload; true when the page was let go (Electron's preventDefault). */
  const leave = () => {
    const event = { preventDefault: vi.fn() }
    listeners.get('will-prevent-unload')?.(event)
    return event.preventDefault.mock.calls.length > 0
  }
  return { contents, settings, leave }
}

describe('leaving a page that holds an unsaved draft', () => {
  it('asks the user, and leaves only when they choose to', async () => {
    const { contents, settings, leave } = fakes()
    const ask = vi.fn((_words: unknown) => false)
    askBeforeUnload(contents as never, settings, ask)
    await Promise.resolve()
    expect(leave()).toBe(false)
    expect(ask).toHaveBeenCalledTimes(1)
    expect(ask.mock.calls[0]![0]).toMatchObject({
      message: 'Une note n’est pas enregistrée.',
      leave: 'Quitter quand même'
    })
    ask.mockReturnValue(true)
    expect(leave()).toBe(true)
  })

  it('asks in the language of the settings, and follows a change of language', async () => {
    const { contents, settings, leave } = fakes('en')
    const ask = vi.fn((_words: unknown) => true)
    askBeforeUnload(contents as never, settings, ask)
    await new Promise((resolve) => setTimeout(resolve, 0))
    leave()
    expect(ask.mock.calls[0]![0]).toMatchObject({ message: 'A note is not saved.', stay: 'Stay' })
    settings.report('fr')
    leave()
    expect(ask.mock.calls[1]![0]).toMatchObject({ stay: 'Rester' })
  })
})
