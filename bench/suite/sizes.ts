// How big each benchmark is: the full suite (`npm run bench`, the figures of docs/benchmarks.md) and
// the quick one (`--quick`, run by `npm test` so the suite never rots; its figures prove nothing).

export interface Sizes {
  /** Start-up runs of each page (Folio and the static page), after one unmeasured warm-up of each. */
  startupRuns: number
  startupWarmup: boolean
  /** Annotations seeded on the article before the start-up runs. */
  startupAnnotations: number
  /** Node processes loading the main-process bundle. */
  mainLoadRuns: number
  /** Notes saved one by one per layer, and the rows already in each database. */
  saves: number
  savePrefill: number
  /** The "20 most recent" query: rows in the database, documents they belong to, documents queried per run (by every layer). */
  queryRows: number
  queryDocuments: number
  queries: number
  queryRuns: number
  /** Bulk insert: rows, runs per layer. */
  bulkRows: number
  bulkRuns: number
  /** Characters of a typical note saved alone or in the bulk insert (each note is 0.5–1.5 times this). */
  noteChars: number
  /** Anchoring: document size, annotations, runs. */
  anchoringBytes: number
  anchoringAnnotations: number
  anchoringRuns: number
  /** Documents of the synthetic search library (10,000 ≈ 50 MB of text). */
  searchDocuments: number
  /** Export and import: annotations of ~1 kB, rounds. */
  backupAnnotations: number
  backupRounds: number
  /** Titles of the library list's filter benchmark. */
  libraryTitles: number
  /** Archive sizes started (the first must be 1 document: the baseline), and documents opened from each one's library. */
  archiveSizes: number[]
  archiveOpens: number
  /** Pages of the text PDF opened as a copy, runs of each viewer, highlights re-anchored over its text. */
  pdfPages: number
  pdfRuns: number
  pdfHighlights: number
  /** The annotations view: annotations seeded over a generated archive of that many documents, openings of the
   * view, and passage links opened (each to a document not yet open). */
  annotationsViewRows: number
  annotationsDocuments: number
  annotationsViewRuns: number
  annotationsLinkOpens: number
  /** Sync engines (issue 18): annotations synced to a new device, rounds; devices of the load run, each one's own
   * annotations, devices per shared document, each device's interval between changes, the run's length; devices
   * sharing one document over two servers (Redis). */
  syncInitialRecords: number
  syncInitialRounds: number
  syncLoadClients: number
  syncLoadAnnotations: number
  syncLoadGroup: number
  syncLoadIntervalMs: number
  syncLoadSeconds: number
  /** Processes the load run's devices are spread over (a document's devices always in one): PouchDB's latency grows
   * with the devices in one process (5: tens of ms, 10: ~0.5 s, 20: ~1.3 s here), so FULL gives each document its own. */
  syncLoadProcesses: number
  syncClusterClients: number
  /** Rounds of the shared-document runs (one Hocuspocus, two over Redis, Folio's server), interleaved. */
  syncClusterRounds: number
}

export const FULL: Sizes = {
  startupRuns: 11,
  startupWarmup: true,
  startupAnnotations: 30,
  mainLoadRuns: 9,
  saves: 200,
  savePrefill: 1_000,
  queryRows: 100_000,
  queryDocuments: 100,
  queries: 50,
  queryRuns: 5,
  bulkRows: 50_000,
  bulkRuns: 3,
  noteChars: 300,
  anchoringBytes: 1_000_000,
  anchoringAnnotations: 2_000,
  anchoringRuns: 3,
  searchDocuments: 10_000,
  backupAnnotations: 50_000,
  backupRounds: 3,
  libraryTitles: 100_000,
  archiveSizes: [1, 1_000, 10_000, 100_000],
  archiveOpens: 20,
  pdfPages: 300,
  pdfRuns: 5,
  pdfHighlights: 500,
  annotationsViewRows: 50_000,
  annotationsDocuments: 100,
  annotationsViewRuns: 5,
  annotationsLinkOpens: 20,
  syncInitialRecords: 50_000,
  syncInitialRounds: 3,
  syncLoadClients: 50,
  syncLoadAnnotations: 1_000,
  syncLoadGroup: 5,
  syncLoadIntervalMs: 500,
  syncLoadSeconds: 10,
  syncLoadProcesses: 10,
  syncClusterClients: 10,
  syncClusterRounds: 3
}

export const QUICK: Sizes = {
  startupRuns: 1,
  startupWarmup: false,
  startupAnnotations: 10,
  mainLoadRuns: 2,
  saves: 10,
  savePrefill: 100,
  queryRows: 2_000,
  queryDocuments: 20,
  queries: 5,
  queryRuns: 2,
  bulkRows: 1_000,
  bulkRuns: 1,
  noteChars: 200,
  anchoringBytes: 30_000,
  anchoringAnnotations: 60,
  anchoringRuns: 1,
  searchDocuments: 100,
  backupAnnotations: 500,
  backupRounds: 1,
  libraryTitles: 2_000,
  archiveSizes: [1, 30],
  archiveOpens: 2,
  pdfPages: 20,
  pdfRuns: 1,
  pdfHighlights: 50,
  annotationsViewRows: 500,
  annotationsDocuments: 30,
  annotationsViewRuns: 1,
  annotationsLinkOpens: 2,
  syncInitialRecords: 500,
  syncInitialRounds: 1,
  syncLoadClients: 5,
  syncLoadAnnotations: 50,
  syncLoadGroup: 5,
  syncLoadIntervalMs: 500,
  syncLoadSeconds: 3,
  syncLoadProcesses: 1,
  syncClusterClients: 4,
  syncClusterRounds: 1
}
