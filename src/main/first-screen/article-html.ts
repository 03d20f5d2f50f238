// The article as HTML, element for element what the renderer's reader draws (src/renderer/src/reader):
// main sends it inside the first page, so the text shows before any script runs. An E2E test compares
// the two DOMs, so they cannot drift apart.

import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import { blockElementId } from '../../shared/archive/block-element-id'
import type { Block, BulletBlock, InfoboxFieldBlock } from '../../shared/archive/document'
import type { ReaderMessages } from '../../shared/i18n/reader-messages'
import { element, escapeHtml } from './html'

function blockText(
  blockId: string,
  text: string,
  options: { as?: string; id?: string; className?: string; emptyLabel?: string } = {}
): string {
  const className = options.className ? `block-text ${options.className}` : 'block-text'
  return element(
    options.as ?? 'span',
    { id: options.id, class: className, 'data-block-id': blockId, 'data-empty-label': options.emptyLabel },
    escapeHtml(text)
  )
}

function titleHtml(block: Extract<Block, { kind: 'title' }>, words: ReaderMessages): string {
  const children = [element('h1', {}, escapeHtml(block.title))]
  if (block.englishTitle !== null) {
    const separator = block.text.slice(block.title.length, block.text.length - block.englishTitle.length)
    children.push(
      element('span', { class: 'title-separator' }, escapeHtml(separator)),
      element('p', { class: 'english-title', lang: 'en', title: words.englishTitle }, escapeHtml(block.englishTitle))
    )
  }
  return element(
    'header',
    { class: 'block-text article-title', 'data-block-id': block.id, id: blockElementId(block.id) },
    ...children
  )
}

function fieldValueHtml(field: InfoboxFieldBlock, rest: string): string {
  const at = field.date ? rest.indexOf(field.date.written) : -1
  if (!field.date || at < 0) return escapeHtml(rest)
  const { written, iso } = field.date
  return (
    escapeHtml(rest.slice(0, at)) +
    element('time', { datetime: iso, title: iso }, escapeHtml(written)) +
    escapeHtml(rest.slice(at + written.length))
  )
}

function infoboxHtml(entry: ArchiveDocumentEntry, words: ReaderMessages): string {
  const { document } = entry
  const { infobox } = document
  if (!infobox) return ''
  const headingId = `infobox-${infobox.headingBlockId}`
  const fields = document.blocks.filter((block): block is InfoboxFieldBlock => block.kind === 'infobox-field')
  const rows = fields.map((field) => {
    const labelEnd = field.text.indexOf(field.label) + field.label.length
    const parts = [element('dt', {}, escapeHtml(field.text.slice(0, labelEnd)))]
    if (field.value) parts.push(element('dd', {}, fieldValueHtml(field, field.text.slice(labelEnd))))
    return element(
      'div',
      {
        class: field.value ? 'block-text infobox-field' : 'block-text infobox-field is-empty',
        'data-block-id': field.id,
        'data-empty-label': field.value ? undefined : words.noValue
      },
      ...parts
    )
  })
  return element(
    'aside',
    { class: 'infobox', 'aria-labelledby': headingId },
    element('h2', { class: 'infobox-heading', id: headingId }, blockText(infobox.headingBlockId, infobox.heading)),
    element('dl', {}, ...rows)
  )
}

/** The "show card" button is drawn disabled: it works once the app has taken over. */
function bulletHtml(block: BulletBlock, words: ReaderMessages): string {
  const target = block.referenceId ?? block.linkId
  const button = target
    ? element('button', { type: 'button', class: 'link-button to-card', disabled: true }, escapeHtml(words.showCard))
    : ''
  return element('li', { id: blockElementId(block.id) }, blockText(block.id, block.text), button)
}

/** Paragraphs and bullets in order, consecutive bullets in one list (as BlockList does). */
function blockListHtml(blocks: Block[], words: ReaderMessages): string {
  const groups: Block[][] = []
  for (const block of blocks) {
    const last = groups.at(-1)
    if (last && block.kind === 'bullet' && last[0]?.kind === 'bullet') last.push(block)
    else groups.push([block])
  }
  return groups
    .map((group) =>
      group[0]?.kind === 'bullet'
        ? element('ul', {}, ...group.map((block) => (block.kind === 'bullet' ? bulletHtml(block, words) : '')))
        : group
            .map((block) =>
              blockText(block.id, block.text, { as: 'p', id: blockElementId(block.id), className: 'paragraph' })
            )
            .join('')
    )
    .join('')
}

/** The `<article class="reader">` of `entry`, in the words of the UI language. */
export function articleHtml(entry: ArchiveDocumentEntry, words: ReaderMessages): string {
  const { document } = entry
  const byId = new Map<string, Block>(document.blocks.map((block) => [block.id, block]))
  const title = document.blocks[0]
  const intro = document.blocks.filter(
    (block) => (block.kind === 'paragraph' || block.kind === 'bullet') && block.sectionId === null
  )
  const sections = document.sections.map((section) => {
    const heading = document.blocks.find((block) => block.kind === 'heading' && block.sectionId === section.id)
    if (!heading) return ''
    const blocks = section.blockIds.map((id) => byId.get(id)).filter((block): block is Block => block !== undefined)
    return element(
      'section',
      { 'aria-labelledby': blockElementId(heading.id), 'data-section-id': section.id },
      element('h2', { id: blockElementId(heading.id) }, blockText(heading.id, heading.text)),
      blocks.length === 0
        ? element('p', { class: 'empty-section' }, escapeHtml(words.emptySection))
        : blockListHtml(blocks, words)
    )
  })
  const notes = entry.notes.length
    ? element(
        'details',
        { class: 'source-notes' },
        element('summary', {}, escapeHtml(words.sourceNotes)),
        element('ul', {}, ...entry.notes.map((note) => element('li', {}, escapeHtml(note))))
      )
    : ''
  return element(
    'article',
    { class: 'reader', lang: document.language, 'aria-label': words.label, 'data-document-id': document.id },
    title?.kind === 'title' ? titleHtml(title, words) : '',
    infoboxHtml(entry, words),
    blockListHtml(intro, words),
    ...sections,
    notes
  )
}
