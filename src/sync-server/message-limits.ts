// What the server refuses before Yjs reads a message, each check linear in the message and cheap:
// - a frame larger than `maxMessageBytes` (ws' maxPayload closes the socket, 1009);
// - a text frame, or a frame whose envelope (document name, message type) does not decode (closed, 1007);
// - more than `maxMessageBytes` in all sent for documents not open on the socket, or messages for more than
//   1,000 such documents (Hocuspocus queues those until authentication, and keeps queueing for a refused
//   document): closed, 1008;
// - an update that would take a document past `maxDocumentBytes`, or an awareness message over 8 KB: that
//   document's connection closed with reason 'too-large'; an update that does not decode, or a message type
//   Folio's clients do not send (stateless messages): closed, 'malformed'.
// What a record says is not checked here: the client validates every record (zod) before it reaches Dexie.

import type { Hocuspocus } from '@hocuspocus/server'
import type { WebSocket } from 'ws'
import * as Y from 'yjs'
import { MAX_DOCUMENT_NAME } from './document-names'

export interface MessageLimits {
  maxMessageBytes: number
  maxDocumentBytes: number
}

/** 32 MiB: a first upload of 50,000 annotations (about 600 bytes each in Yjs) fits in one message. */
export const DEFAULT_LIMITS: MessageLimits = { maxMessageBytes: 32 * 1024 * 1024, maxDocumentBytes: 256 * 1024 * 1024 }

/**
 * Documents a socket may be opening at once (Hocuspocus keeps a little state for each until it is authenticated,
 * or forever for a refused one): a client opening every member document of a full group (500) fits.
 */
export const MAX_PENDING_DOCUMENTS = 1000

/** Presence (awareness) is not part of Folio's data: a cursor or a name, never more than this. */
export const MAX_AWARENESS_BYTES = 8 * 1024

/** Hocuspocus' message types that matter here (its `MessageType`), and y-protocols' sync steps. */
const SYNC = 0
const AWARENESS = 1
const SYNC_REPLY = 4
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

export interface Envelope {
  documentName: string
  type: number
  /** The y-protocols step of a sync message, else -1. */
  syncStep: number
  /** Where what follows the type (and the step) starts. */
  bodyOffset: number
}

/** Reads a lib0 varuint at `offset`: [value, next offset], or null past the end or beyond 2^32. */
function readVarUint(data: Uint8Array, offset: number): [number, number] | null {
  let value = 0
  let multiplier = 1
  for (let at = offset; at < data.length && at < offset + 5; at++) {
    const byte = data[at]!
    value += (byte & 0x7f) * multiplier
    if (byte < 0x80) return [value, at + 1]
    multiplier *= 128
  }
  return null
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The envelope of a Hocuspocus message, or null when it does not decode. Reads at most a few dozen bytes. */
export function readEnvelope(data: Uint8Array): Envelope | null {
  const length = readVarUint(data, 0)
  if (!length || length[0] > MAX_DOCUMENT_NAME * 4 || length[1] + length[0] > data.length) return null
  let documentName: string
  try {
    documentName = utf8.decode(data.subarray(length[1], length[1] + length[0]))
  } catch {
    return null
  }
  const type = readVarUint(data, length[1] + length[0])
  if (!type) return null
  const step = type[0] === SYNC || type[0] === SYNC_REPLY ? readVarUint(data, type[1]) : null
  return { documentName, type: type[0], syncStep: step ? step[0] : -1, bodyOffset: step ? step[1] : type[1] }
}

/**
 * Whether the Yjs update a sync message carries decodes: Yjs applies a malformed one as far as it reads and only
 * logs the error, so it is refused before. A full decode, linear in the update (about what applying costs).
 */
export function updateDecodes(data: Uint8Array, envelope: Envelope): boolean {
  const length = readVarUint(data, envelope.bodyOffset)
  if (!length || length[1] + length[0] !== data.length) return false
  try {
    Y.decodeUpdate(data.subarray(length[1]))
    return true
  } catch {
    return false
  }
}

/** The Yjs update a sync message carries (after its envelope), or null when its length does not read. */
export function updateOf(data: Uint8Array, envelope: Envelope): Uint8Array | null {
  const length = readVarUint(data, envelope.bodyOffset)
  return length && length[1] + length[0] === data.length ? data.subarray(length[1]) : null
}

export const carriesContent = (envelope: Envelope) =>
  (envelope.type === SYNC || envelope.type === SYNC_REPLY) &&
  (envelope.syncStep === SYNC_STEP_2 || envelope.syncStep === SYNC_UPDATE)

export const isAwareness = (envelope: Envelope) => envelope.type === AWARENESS

/**
 * What a client may send on an open document: sync, awareness, authentication, awareness query, sync reply,
 * close. Not stateless messages (5, 6), which Hocuspocus relays as they are to every client of the document
 * (read-only ones could then reach all members with text of their own), nor types only servers send.
 */
const CLIENT_TYPES = new Set([0, 1, 2, 3, 4, 7])

export const isClientMessage = (envelope: Envelope) => CLIENT_TYPES.has(envelope.type)

const asBytes = (data: unknown): Uint8Array | null => {
  if (data instanceof Uint8Array) return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (Array.isArray(data) && data.every((part) => part instanceof Uint8Array)) return Buffer.concat(data)
  return null
}

/**
 * Puts the envelope checks in front of Hocuspocus' own message handler on `socket`: a message that fails them
 * closes the socket and never reaches Hocuspocus (ws emits 'message' to its listeners in turn, so the check
 * has to sit in `emit` itself to stop it).
 */
export function guardSocket(socket: WebSocket, hocuspocus: Hocuspocus, limits: MessageLimits): void {
  const pending = new Map<string, number>()
  let pendingBytes = 0
  const emit = socket.emit.bind(socket)
  const refuse = (code: number, reason: string) => {
    socket.close(code, reason)
    return false
  }
  socket.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event !== 'message') return emit(event, ...args)
    const [raw, isBinary] = args
    const data = asBytes(raw)
    if (!data || isBinary === false) return refuse(1003, 'binary messages only')
    const envelope = readEnvelope(data)
    if (!envelope || envelope.documentName.length > MAX_DOCUMENT_NAME) return refuse(1007, 'malformed')
    const open = hocuspocus.documents.get(envelope.documentName)?.connections.has(socket) ?? false
    const before = pending.get(envelope.documentName) ?? 0
    if (open) {
      if (before > 0) {
        pending.delete(envelope.documentName)
        pendingBytes -= before
      }
    } else {
      if (before === 0 && pending.size >= MAX_PENDING_DOCUMENTS) return refuse(1008, 'too many documents at once')
      pending.set(envelope.documentName, before + data.byteLength)
      pendingBytes += data.byteLength
      if (pendingBytes > limits.maxMessageBytes) return refuse(1008, 'too much sent before authentication')
    }
    return emit(event, ...args)
  }) as typeof socket.emit
}
