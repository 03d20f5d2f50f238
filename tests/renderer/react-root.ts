// A React root in a fresh container for each test of a browser test file, unmounted and removed after it.

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach } from 'vitest'

export interface TestRoot {
  readonly container: HTMLDivElement
  readonly root: Root
}

/** Gives each test of the file (call it at the top level) a root of its own, in a container in the page. */
export function reactRootPerTest(): TestRoot {
  const current = {} as { container: HTMLDivElement; root: Root }
  beforeEach(() => {
    current.container = document.createElement('div')
    document.body.append(current.container)
    current.root = createRoot(current.container)
  })
  afterEach(() => {
    act(() => current.root.unmount())
    current.container.remove()
  })
  return current
}
