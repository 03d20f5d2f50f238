// The article's infobox as a card: its heading and each field with its label and value;
// dates are marked up as <time> with their ISO form, fields without a value say so.

import type { ArticleDocument, InfoboxFieldBlock } from '../archive/document'
import type { ReaderMessages } from '../i18n/reader-messages'
import { BlockText } from './block-text'

/** The value part of a field, with its date wrapped in <time>; concatenates to the source text. */
function FieldValue({ field, rest }: { field: InfoboxFieldBlock; rest: string }) {
  const at = field.date ? rest.indexOf(field.date.written) : -1
  if (!field.date || at < 0) return <>{rest}</>
  return (
    <>
      {rest.slice(0, at)}
      <time dateTime={field.date.iso} title={field.date.iso}>
        {field.date.written}
      </time>
      {rest.slice(at + field.date.written.length)}
    </>
  )
}

export function InfoboxCard({ document, words }: { document: ArticleDocument; words: ReaderMessages }) {
  const { infobox } = document
  if (!infobox) return null
  const fields = document.blocks.filter((block): block is InfoboxFieldBlock => block.kind === 'infobox-field')
  return (
    <aside className="infobox" aria-labelledby={`infobox-${infobox.headingBlockId}`}>
      <h2 className="infobox-heading" id={`infobox-${infobox.headingBlockId}`}>
        <BlockText blockId={infobox.headingBlockId} text={infobox.heading} />
      </h2>
      <dl>
        {fields.map((field) => {
          const labelEnd = field.text.indexOf(field.label) + field.label.length
          return (
            <BlockText
              key={field.id}
              as="div"
              blockId={field.id}
              text={field.text}
              className={field.value ? 'infobox-field' : 'infobox-field is-empty'}
              emptyLabel={field.value ? undefined : words.noValue}
            >
              <dt>{field.text.slice(0, labelEnd)}</dt>
              {field.value ? (
                <dd>
                  <FieldValue field={field} rest={field.text.slice(labelEnd)} />
                </dd>
              ) : null}
            </BlockText>
          )
        })}
      </dl>
    </aside>
  )
}
