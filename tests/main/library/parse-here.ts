// The library tests that are about files and lists, not about where parsing runs, parse on the test's own
// thread; parse-worker-pool.test.ts and user-library-workers.test.ts run the real workers.

import type { DocumentParser } from '../../../src/main/library/document-parser'
import { readUserDocument } from '../../../src/main/library/read-user-document'

/** readUserDocument as a DocumentParser, on this thread. */
export const parseHere: DocumentParser = async (bytes, kind, id, name) => readUserDocument(bytes, kind, id, name)
