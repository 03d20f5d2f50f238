// English strings of the drafts: the offer of a kept draft, the choice when the saved note is newer.
// Same keys as ./fr/drafts.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { draftsFr } from '../fr/drafts'

export const draftsEn: Catalog<typeof draftsFr> = {
  offerLabel: 'Unsaved draft',
  offer: 'An unsaved draft was kept ({{date}}).',
  offerStale:
    'The note was changed since this draft of {{date}}: the saved version is newer. Resuming the draft shows both, and you choose.',
  resume: 'Resume draft',
  discard: 'Discard',
  kept: 'Draft kept',
  conflict:
    'The note was changed since this draft: a newer version was saved ({{date}}), perhaps in another window. Choose which one to keep before saving.',
  savedVersion: 'Saved version',
  savedTags: 'Tags: {{tags}}',
  emptyNote: '(empty note)',
  keepMine: 'Keep my draft',
  takeSaved: 'Take the saved version'
}
