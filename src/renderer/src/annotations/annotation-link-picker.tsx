// The "Relier à…" picker of an annotation card: search the other annotations (any document) by the text of their
// quote or note, pick one, pick the relation ("confirme", "contredit", "voir aussi", "cite") or type one's own, save.

import { useLiveQuery } from 'dexie-react-hooks'
import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react'
import type { Annotation } from '../db/annotation'
import { db as defaultDb, type FolioDb } from '../db/folio-db'
import { ANNOTATION_LINK_LIMITS, cleanRelation, LINK_RELATIONS } from '../db/annotation-link'
import { addAnnotationLink } from '../db/annotation-links-store'
import { textLength } from '../db/text-length'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { loadLinkIndex, quotePreview, searchLinkIndex } from './link-search'
import { type ShownDocument, useDocumentTitle } from './use-document-title'

const OWN = 'own'

function Candidate(props: {
  annotation: Annotation
  document: ShownDocument
  name: string
  checked: boolean
  onPick(): void
}) {
  const title = useDocumentTitle(props.annotation.documentId, props.document)
  const note = props.annotation.note.replace(/\s+/g, ' ').trim()
  return (
    <li>
      <label className="link-candidate">
        <input type="radio" name={props.name} checked={props.checked} onChange={props.onPick} />
        <span>
          « {quotePreview(props.annotation)} »{title ? ` (${title})` : ''}
          {note ? <span className="link-candidate-note"> — {note.slice(0, 80)}</span> : null}
        </span>
      </label>
    </li>
  )
}

interface PickerProps {
  from: Annotation
  /** The document the card is in. */
  document: ShownDocument
  database?: FolioDb
  onDone(): void
}

export function AnnotationLinkPicker({ from, document, database = defaultDb, onDone }: PickerProps) {
  const { t } = useTranslation()
  const notice = useNotice()
  const ids = useId()
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const index = useLiveQuery(() => loadLinkIndex(database), [database])
  const found = useMemo(
    () => (index ? searchLinkIndex(index, deferred, from.id) : undefined),
    [index, deferred, from.id]
  )
  const [targetId, setTargetId] = useState<string | null>(null)
  const [relation, setRelation] = useState<string>(LINK_RELATIONS[0])
  const [own, setOwn] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (targetId === null) return setProblem(t('annotationLinks.picker.chooseTarget'))
    const chosen = relation === OWN ? own : relation
    if (relation === OWN && textLength(own.trim()) > ANNOTATION_LINK_LIMITS.relation)
      return setProblem(t('annotationLinks.picker.tooLong', { max: ANNOTATION_LINK_LIMITS.relation }))
    if (cleanRelation(chosen) === null) return setProblem(t('annotationLinks.picker.emptyRelation'))
    setSaving(true)
    try {
      await addAnnotationLink({ fromId: from.id, toId: targetId, relation: chosen }, database)
      notice.show(t('annotationLinks.picker.saved'))
      onDone()
    } catch (error) {
      notice.fail(error)
      setSaving(false)
    }
  }

  return (
    <form
      className="annotation-link-picker"
      aria-label={t('annotationLinks.picker.title')}
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone()
      }}
    >
      <label htmlFor={`${ids}-search`}>{t('annotationLinks.picker.search')}</label>
      <input
        id={`${ids}-search`}
        type="search"
        value={query}
        autoFocus
        placeholder={t('annotationLinks.picker.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
      <fieldset>
        <legend>{t('annotationLinks.picker.results')}</legend>
        {found && found.annotations.length === 0 ? <p>{t('annotationLinks.picker.noMatch')}</p> : null}
        <ul className="link-candidates">
          {(found?.annotations ?? []).map((annotation) => (
            <Candidate
              key={annotation.id}
              annotation={annotation}
              document={document}
              name={`${ids}-target`}
              checked={targetId === annotation.id}
              onPick={() => {
                setTargetId(annotation.id)
                setProblem(null)
              }}
            />
          ))}
        </ul>
        {found?.more ? <p className="link-candidates-more">{t('annotationLinks.picker.more')}</p> : null}
      </fieldset>
      <fieldset className="link-relations">
        <legend>{t('annotationLinks.picker.relation')}</legend>
        {[...LINK_RELATIONS, OWN].map((key) => (
          <label key={key}>
            <input type="radio" name={`${ids}-relation`} checked={relation === key} onChange={() => setRelation(key)} />{' '}
            {key === OWN
              ? t('annotationLinks.picker.own')
              : t(`annotationLinks.relation.${key as (typeof LINK_RELATIONS)[number]}`)}
          </label>
        ))}
        {relation === OWN ? (
          <input
            type="text"
            aria-label={t('annotationLinks.picker.ownLabel')}
            value={own}
            maxLength={ANNOTATION_LINK_LIMITS.relation * 2}
            placeholder={t('annotationLinks.picker.ownPlaceholder')}
            onChange={(event) => setOwn(event.target.value)}
          />
        ) : null}
      </fieldset>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="card-actions">
        <button type="submit" className="primary-button" disabled={saving}>
          {t('annotationLinks.picker.save')}
        </button>
        <button type="button" className="secondary-button" onClick={onDone}>
          {t('annotationLinks.picker.cancel')}
        </button>
      </div>
    </form>
  )
}
