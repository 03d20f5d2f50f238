// A worker thread that parses the user's documents, so that one slow to read never holds main's event
// loop (every window would freeze): main sends a copy's bytes, this answers with its document or refusal.

import { parentPort } from 'node:worker_threads'
import { replyOf, type ParseRequest } from './parse-worker-messages'
import { readUserDocument } from './read-user-document'

const port = parentPort
if (!port) throw new Error('parse-worker.ts runs as a worker thread (parse-worker-pool.ts starts it).')

port.on('message', ({ bytes, kind, id, name }: ParseRequest) => {
  port.postMessage(replyOf(() => readUserDocument(bytes, kind, id, name)))
})
