// The shapes of what groups carry, checked where they cross: a member's shared annotation read from their
// document (main drops what is not an annotation-shaped record of bounded size; the page checks it again with
// the backup's annotation schema), and the arguments of the groups' events.

import { z } from 'zod/mini'
import { MAX_ID_LENGTH } from '../archive/stable-id'
import { MAX_SYNC_RECORD_CHARS } from './sync-schemas'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Why `value`, found under `key` in a member's `annotations` map, is not a shared annotation (null: it is one):
 * a plain object whose id is its key, with a document id, a target object and a colour, at most
 * MAX_SYNC_RECORD_CHARS as JSON. Linear in the value's size.
 */
export function sharedAnnotationProblem(key: string, value: unknown): string | null {
  if (!isPlainObject(value)) return 'not an object'
  if (typeof value.id !== 'string' || value.id !== key || key.length > MAX_ID_LENGTH) return 'id'
  const documentId = value.documentId
  if (typeof documentId !== 'string' || documentId.length === 0 || documentId.length > MAX_ID_LENGTH)
    return 'documentId'
  if (!isPlainObject(value.target)) return 'target'
  if (typeof value.color !== 'string' || typeof value.note !== 'string') return 'color or note'
  let size: number
  try {
    size = JSON.stringify(value).length
  } catch {
    return 'not JSON'
  }
  return size > MAX_SYNC_RECORD_CHARS ? 'too large' : null
}

/** groupAnnotationsChanged: the documents whose members' annotations changed. */
export const changedDocumentsSchema = z
  .array(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)))
  .check(z.maxLength(1_000))
