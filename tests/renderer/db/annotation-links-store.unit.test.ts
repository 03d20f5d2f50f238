// The links between annotations, run in Node on fake-indexeddb: made between two existing annotations, listed
// from both ends, refused when they would dangle, and taken away and put back with the annotation they join.

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addAnnotationLink,
  linksOfAnnotation,
  removeAnnotationLink,
  restoreAnnotationLinks
} from '../../../src/renderer/src/db/annotation-links-store'
import {
  createAnnotation,
  deleteAnnotation,
  linksTakenWith,
  restoreAnnotation
} from '../../../src/renderer/src/db/annotations-store'
import { ANNOTATION_LINK_LIMITS, cleanRelation } from '../../../src/renderer/src/db/annotation-link'
import type { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { annotationTarget } from '../../fixtures/db/annotation-target'
import { deleteTestDatabases, freshDatabase } from '../backup/test-database'

afterEach(deleteTestDatabases)

async function threeAnnotations(database: FolioDb) {
  const make = (documentId: string, exact: string) =>
    createAnnotation({ documentId, target: annotationTarget(exact), color: 'yellow' }, database)
  return Promise.all([make('doc-a', 'le traité fut signé'), make('doc-b', 'il ne le fut pas'), make('doc-b', 'autre')])
}

describe('links between annotations', () => {
  it('shows a link from its start as outgoing and from its end as incoming, with the other annotation', async () => {
    const database = await freshDatabase()
    const [a, b] = await threeAnnotations(database)
    const link = await addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: 'contradicts' }, database)
    expect(await linksOfAnnotation(a!.id, database)).toEqual([{ link, direction: 'outgoing', other: b }])
    expect(await linksOfAnnotation(b!.id, database)).toEqual([{ link, direction: 'incoming', other: a }])
  })

  it('keeps a relation of the user’s own as text, spaces folded, and refuses an empty or over-long one', async () => {
    const database = await freshDatabase()
    const [a, b] = await threeAnnotations(database)
    const own = await addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: '  <b>nuance</b>\n  ici ' }, database)
    expect(own.relation).toBe('<b>nuance</b> ici')
    await expect(addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: '   ' }, database)).rejects.toThrow()
    const long = 'x'.repeat(ANNOTATION_LINK_LIMITS.relation + 1)
    expect(cleanRelation(long)).toBeNull()
    await expect(addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: long }, database)).rejects.toThrow()
  })

  it('refuses a link to an annotation that is gone or to itself, and stores the same link once', async () => {
    const database = await freshDatabase()
    const [a, b] = await threeAnnotations(database)
    await expect(
      addAnnotationLink({ fromId: a!.id, toId: 'missing', relation: 'cites' }, database)
    ).rejects.toMatchObject({ code: 'annotation-gone' })
    await expect(addAnnotationLink({ fromId: a!.id, toId: a!.id, relation: 'cites' }, database)).rejects.toThrow()
    const first = await addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: 'cites' }, database)
    const again = await addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: 'cites' }, database)
    expect(again).toEqual(first)
    expect(await database.annotationLinks.count()).toBe(1)
  })

  it('removes a link and puts it back as it was', async () => {
    const database = await freshDatabase()
    const [a, b] = await threeAnnotations(database)
    const link = await addAnnotationLink({ fromId: a!.id, toId: b!.id, relation: 'seeAlso' }, database)
    const removed = await removeAnnotationLink(link.id, database)
    expect(await linksOfAnnotation(a!.id, database)).toEqual([])
    await restoreAnnotationLinks([removed!], database)
    expect(await database.annotationLinks.toArray()).toEqual([link])
  })

  it('deletes an annotation’s links with it, both ways, and its undo brings every one back', async () => {
    const database = await freshDatabase()
    const [a, b, c] = await threeAnnotations(database)
    const out = await addAnnotationLink({ fromId: b!.id, toId: a!.id, relation: 'confirms' }, database)
    const into = await addAnnotationLink({ fromId: c!.id, toId: b!.id, relation: 'cites' }, database)
    const other = await addAnnotationLink({ fromId: a!.id, toId: c!.id, relation: 'seeAlso' }, database)
    const deleted = await deleteAnnotation(b!.id, database)
    expect(linksTakenWith(deleted!)).toBe(2)
    expect(await database.annotationLinks.toArray()).toEqual([other])
    await restoreAnnotation(deleted!, database)
    expect(await database.annotations.get(b!.id)).toEqual(b)
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id)
    expect((await database.annotationLinks.toArray()).sort(byId)).toEqual([out, into, other].sort(byId))
  })
})
