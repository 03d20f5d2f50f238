// Which annotations are orphans — their passage is no longer found in their document's text — anchored as the
// reader anchors them (in slices, never blocking the page), only once asked for, and each annotation only once.

import { useEffect, useRef, useState } from 'react'
import { anchorAllAsync } from '../../../shared/anchoring/anchor'
import { prepareDocument } from '../../../shared/anchoring/prepared-document'
import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { Annotation } from '../db/annotation'
import { groupByDocument } from '../db/group-by-document'

export interface Orphans {
  /** Ids of the annotations found to be orphans. */
  ids: ReadonlySet<string>
  /** False while documents are still being checked. */
  done: boolean
}

/** An annotation's passage as anchored: the same text and place give the same answer. */
const versionOf = (annotation: Annotation) => `${annotation.id}\n${annotation.updatedAt}`

/**
 * The orphans among `annotations` whose document is in `documents` (one that is not, Folio cannot read: it is not
 * called an orphan). Nothing is anchored while `enabled` is false.
 */
export function useOrphans(
  annotations: readonly Annotation[] | undefined,
  documents: readonly ArchiveDocumentEntry[],
  enabled: boolean
): Orphans {
  // Answers by document object and annotation version, kept across re-reads.
  const known = useRef(new WeakMap<object, Map<string, boolean>>())
  const [orphans, setOrphans] = useState<Orphans>({ ids: new Set(), done: false })

  useEffect(() => {
    if (!enabled || !annotations) return
    const controller = new AbortController()
    const groups = groupByDocument(annotations)
    void (async () => {
      const ids = new Set<string>()
      for (const entry of documents) {
        const group = groups.get(entry.id)
        if (!group) continue
        let answers = known.current.get(entry.document)
        if (!answers) known.current.set(entry.document, (answers = new Map()))
        const asked = group.filter((annotation) => !answers.has(versionOf(annotation)))
        if (asked.length) {
          const results = await anchorAllAsync(
            prepareDocument(entry.document),
            asked.map((annotation) => annotation.target),
            { signal: controller.signal }
          )
          asked.forEach((annotation, index) => answers.set(versionOf(annotation), results[index] === null))
        }
        for (const annotation of group) if (answers.get(versionOf(annotation))) ids.add(annotation.id)
      }
      if (!controller.signal.aborted) setOrphans({ ids, done: true })
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) console.error('Orphans not found', error)
    })
    return () => controller.abort()
  }, [annotations, documents, enabled])

  return enabled ? orphans : { ids: orphans.ids, done: false }
}
