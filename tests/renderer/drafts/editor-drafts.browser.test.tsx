// Drafts in the real editors (React DOM, Chromium IndexedDB): what is typed is kept after a pause and
// when the editor goes away, offered back and resumed; a newer save is never overwritten silently; leaving
// the page with unsaved text asks first; saving or cancelling deletes the draft.

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { annotationTarget as target } from '../../fixtures/db/annotation-target'
import { AnnotationEditor } from '../../../src/renderer/src/annotations/annotation-editor'
import { BookmarkDetails } from '../../../src/renderer/src/bookmarks/bookmark-details'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../src/renderer/src/db/annotations-store'
import type { Bookmark } from '../../../src/renderer/src/db/bookmark'
import { createBookmark, deleteBookmark } from '../../../src/renderer/src/db/bookmarks-store'
import { draftsOf, keepDraft } from '../../../src/renderer/src/db/drafts-store'
import { hasUnsavedEdits } from '../../../src/renderer/src/drafts/unsaved-edits'
import '../../../src/renderer/src/i18n/i18n'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
let annotation: Annotation
let closed: { saved?: Annotation }[]

const subject = () => ({ kind: 'annotation', annotationId: annotation.id }) as const
const note = () => container.querySelector('textarea')!
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name) ?? null
const text = () => container.textContent ?? ''

function edit(live: Annotation) {
  act(() => root.render(<AnnotationEditor annotation={live} onDone={(saved) => closed.push({ saved })} />))
}

async function until(check: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + 5000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  }
}

/** The note of the newest draft of the annotation, if any. */
const draftNote = async () => {
  const [draft] = await draftsOf(subject())
  return (draft?.fields as { note?: string } | undefined)?.note
}

beforeEach(async () => {
  annotation = await createAnnotation({
    documentId: 'doc',
    target: target('traité'),
    color: 'yellow',
    note: 'Note enregistrée'
  })
  closed = []
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  act(() => root.unmount())
  container.remove()
  await deleteAnnotation(annotation.id)
})

describe('an annotation editor’s draft', () => {
  it('is kept after a pause in typing, with the saved note it started from, and says so', async () => {
    edit(annotation)
    act(() => setValue(note(), 'Mon brouillon'))
    expect(text()).not.toContain('Brouillon gardé')
    await until(async () => (await draftNote()) === 'Mon brouillon')
    const [draft] = await draftsOf(subject())
    expect(draft?.baseUpdatedAt).toBe(annotation.updatedAt)
    await until(() => text().includes('Brouillon gardé'))
  })

  it('keeps the last keystrokes when the editor goes away before the pause, and offers them back', async () => {
    edit(annotation)
    act(() => setValue(note(), 'Tapé juste avant la fermeture'))
    act(() => setValue(container.querySelector<HTMLInputElement>('input[type="text"]')!, 'URS'))
    act(() => root.render(<></>))
    await until(async () => (await draftNote()) === 'Tapé juste avant la fermeture')

    edit(annotation)
    await until(() => button('Reprendre le brouillon') !== null)
    expect(text()).toContain('Un brouillon non enregistré a été gardé')
    expect(note().value).toBe('Note enregistrée')
    act(() => button('Reprendre le brouillon')!.click())
    expect(note().value).toBe('Tapé juste avant la fermeture')
    expect(container.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('URS')
    expect(button('Reprendre le brouillon')).toBeNull()
  })

  it('is deleted by "Abandonner" in the offer, and the editor keeps the saved note', async () => {
    await keepDraft({
      id: crypto.randomUUID(),
      subject: subject(),
      fields: { color: 'blue', note: 'Vieux brouillon', tags: [], tagText: '' },
      baseUpdatedAt: annotation.updatedAt
    })
    edit(annotation)
    await until(() => button('Abandonner') !== null)
    act(() => button('Abandonner')!.click())
    await until(() => button('Abandonner') === null)
    expect(await draftsOf(subject())).toEqual([])
    expect(note().value).toBe('Note enregistrée')
  })

  it('is deleted by saving, and by cancelling', async () => {
    edit(annotation)
    act(() => setValue(note(), 'À enregistrer'))
    await until(async () => (await draftNote()) === 'À enregistrer')
    act(() => button('Enregistrer')!.click())
    await until(() => closed.length === 1)
    expect(closed[0]?.saved?.note).toBe('À enregistrer')
    expect(await draftsOf(subject())).toEqual([])

    edit(closed[0]!.saved!)
    act(() => setValue(note(), 'Abandonné'))
    await until(async () => (await draftNote()) === 'Abandonné')
    act(() => button('Annuler')!.click())
    await until(async () => (await draftsOf(subject())).length === 0)
  })
})

describe('the newer save wins', () => {
  it('shows both versions when another window saves while the user types, and saving waits for a choice', async () => {
    edit(annotation)
    act(() => setValue(note(), 'Mon texte'))
    const newer = await updateAnnotation(annotation.id, { note: 'Enregistrée dans une autre fenêtre' })
    edit(newer)
    expect(text()).toContain('La note a été modifiée depuis ce brouillon')
    expect(container.querySelector('.draft-saved-note')?.textContent).toBe('Enregistrée dans une autre fenêtre')
    expect(note().value).toBe('Mon texte')
    expect(button('Enregistrer')!.disabled).toBe(true)

    act(() => button('Garder mon brouillon')!.click())
    expect(text()).not.toContain('La note a été modifiée depuis ce brouillon')
    expect(note().value).toBe('Mon texte')
    expect(button('Enregistrer')!.disabled).toBe(false)
  })

  it('offers an old draft saying the note changed since, and resuming lets the user take the saved version', async () => {
    const old = annotation
    await keepDraft({
      id: crypto.randomUUID(),
      subject: subject(),
      fields: { color: 'yellow', note: 'Brouillon ancien', tags: [], tagText: '' },
      baseUpdatedAt: old.updatedAt
    })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const newer = await updateAnnotation(annotation.id, { note: 'Plus récente' })
    edit(newer)
    await until(() => button('Reprendre le brouillon') !== null)
    expect(text()).toContain('La note a été modifiée depuis ce brouillon')
    act(() => button('Reprendre le brouillon')!.click())
    expect(note().value).toBe('Brouillon ancien')
    expect(container.querySelector('.draft-saved-note')?.textContent).toBe('Plus récente')
    expect(button('Enregistrer')!.disabled).toBe(true)

    act(() => button('Prendre la version enregistrée')!.click())
    expect(note().value).toBe('Plus récente')
    await until(async () => (await draftsOf(subject())).length === 0)
  })

  it('follows a save made elsewhere when nothing was typed', async () => {
    edit(annotation)
    const newer = await updateAnnotation(annotation.id, { note: 'Changée ailleurs' })
    edit(newer)
    expect(note().value).toBe('Changée ailleurs')
    expect(text()).not.toContain('La note a été modifiée')
  })
})

describe('leaving the page', () => {
  it('asks first while an editor holds unsaved text, and not once it is saved', async () => {
    edit(annotation)
    expect(leavingAsks()).toBe(false)
    act(() => setValue(note(), 'Pas encore enregistré'))
    expect(hasUnsavedEdits()).toBe(true)
    expect(leavingAsks()).toBe(true)
    act(() => button('Enregistrer')!.click())
    await until(() => closed.length === 1)
    expect(leavingAsks()).toBe(false)
  })
})

describe('a bookmark card', () => {
  let bookmark: Bookmark
  afterEach(() => deleteBookmark(bookmark.id))

  it('offers the kept draft of its note and tags, and resuming opens the editor with it', async () => {
    bookmark = await createBookmark({
      kind: 'reference',
      documentId: 'doc',
      targetId: `ref-${crypto.randomUUID()}`,
      label: 'Réf.'
    })
    await keepDraft({
      id: crypto.randomUUID(),
      subject: { kind: 'bookmark', targetKey: bookmark.targetKey },
      fields: { note: 'Note du signet', tags: 'traité, URSS' },
      baseUpdatedAt: bookmark.updatedAt
    })
    act(() => root.render(<BookmarkDetails state={{ target: null, bookmark, toggle: async () => {} }} />))
    await until(() => button('Reprendre le brouillon') !== null)
    act(() => button('Reprendre le brouillon')!.click())
    expect(note().value).toBe('Note du signet')
    expect(container.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('traité, URSS')
  })
})

/** Whether the page's beforeunload handlers ask to stay. */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(event)
  return event.defaultPrevented
}

/** Sets a field's value the way typing does, so that React's onChange sees it. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
