// The archive's one further-reading reference, as the parser reads it, shared by the citation tests.
// Kept literal here (not parsed) so these tests check the citation code alone.

import type { Reference } from '../../../src/shared/archive/document'

/** The seed bullet, exactly as in the source (en dash in the page range). */
export const SEED_SOURCE_TEXT =
  "Peskov, Youri. \"Soixante ans du traité d'amitié, d'alliance et d'assistance mutuelle entre l'URSS et la RPC, " +
  '14 février 1950." Affaires d\'Extrême-Orient (2010) 38#1 pp. 100–115.'

/** The seed bullet's Reference. */
export const SEED_REFERENCE: Reference = {
  id: 'ref-seed',
  blockId: 'block-seed',
  authors: [{ family: 'Peskov', given: 'Youri', literal: 'Peskov, Youri' }],
  title: "Soixante ans du traité d'amitié, d'alliance et d'assistance mutuelle entre l'URSS et la RPC, 14 février 1950",
  container: "Affaires d'Extrême-Orient",
  year: 2010,
  volume: '38',
  issue: '1',
  pages: '100–115',
  sourceText: SEED_SOURCE_TEXT
}

/** A reference that knows nothing but its text, as the parser leaves an unreadable bullet. */
export const EMPTY_REFERENCE: Reference = {
  id: 'ref-empty',
  blockId: 'block-empty',
  authors: [],
  title: null,
  container: null,
  year: null,
  volume: null,
  issue: null,
  pages: null,
  sourceText: 'Something unreadable'
}
