// Parses the archive's plain-text article format into an ArticleDocument: a title line
// ("Titre - English title"), an infobox, paragraphs, sections and "  • " bullets.

import type {
  ArticleDocument,
  Block,
  BulletBlock,
  ExternalLink,
  Infobox,
  Reference,
  Section,
  SectionRole
} from './document'
import { parseInfoboxField } from './parse-infobox'
import { parseLink } from './parse-link'
import { parseReference } from './parse-reference'
import { ArticleParseError } from './parse-errors'
import { StableIds } from './stable-id'
import { MAX_ARTICLE_BYTES } from './decode-article'
import { ParseBudget } from './parse-budget'

export interface ParseOptions {
  /** The document's id in the archive. */
  id: string
  language?: string
  /** Infobox labels to recognise on top of the built-in ones. */
  infoboxLabels?: readonly string[]
  /** The time the parse may take; by default proportional to the text's length. */
  budget?: ParseBudget
}

const BULLET = /^\s*•[\s\u00a0]+/
const MAX_TITLE_LENGTH = 300
const MAX_HEADING_LENGTH = 80

const SECTION_ROLES: [RegExp, SectionRole][] = [
  [/^(voir (é|e)galement|see also)$/i, 'see-also'],
  [/^(les )?(r(é|e)f(é|e)rences|notes( et r(é|e)f(é|e)rences)?|references)$/i, 'references'],
  [/^(lectures? compl(é|e)mentaires?|bibliographie|further reading)$/i, 'further-reading'],
  [/^(liens? externes?|external links)$/i, 'external-links']
]

/** The role of a section from its heading, for the sections the product treats specially. */
export function sectionRole(heading: string): SectionRole {
  return SECTION_ROLES.find(([pattern]) => pattern.test(heading.trim()))?.[1] ?? 'other'
}

function isHeading(group: string[]): boolean {
  const line = group[0]?.trim() ?? ''
  return (
    group.length === 1 && !BULLET.test(group[0] ?? '') && line.length <= MAX_HEADING_LENGTH && !/[.:;,!?]$/.test(line)
  )
}

/** Splits lines into groups separated by blank lines; whitespace-only lines count as blank. */
function groupLines(lines: string[]): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) groups.push(current)
      current = []
    } else current.push(line)
  }
  if (current.length) groups.push(current)
  return groups
}

/** Lines between blank lines, with whether they are a section heading (guessed in text, known in Markdown). */
export interface LineGroup {
  lines: string[]
  heading: boolean
}

/** The title line, checked: never a bullet, never a paragraph-long line. */
function checkedTitle(line: string): string {
  const titleLine = line.trim()
  if (BULLET.test(line) || titleLine.length > MAX_TITLE_LENGTH) {
    throw new ArticleParseError(
      'no-title',
      'La première ligne doit être le titre de l’article (« Titre - English title »).'
    )
  }
  return titleLine
}

/**
 * Parses an article. Throws {@link ArticleParseError} for an empty text or one without a title line,
 * and ('too-complex') when the parse overruns its budget.
 * Every non-empty source line becomes exactly one block, its text unchanged (bullets lose their marker).
 * A heading is a lone short line without closing punctuation: the archive's format has no other mark.
 */
export function parseArticle(text: string, options: ParseOptions): ArticleDocument {
  if (text.length > MAX_ARTICLE_BYTES) {
    throw new ArticleParseError('too-large', 'Le texte dépasse la limite de 10 Mo.')
  }
  const budget = options.budget ?? new ParseBudget(text.length)
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)
  const firstIndex = lines.findIndex((line) => line.trim() !== '')
  if (firstIndex === -1) throw new ArticleParseError('empty', 'Le fichier est vide.')
  const titleLine = checkedTitle(lines[firstIndex] ?? '')
  const groups = groupLines(lines.slice(firstIndex + 1))
  const first = groups[0]
  const infobox = first && first.length >= 2 && !first.some((line) => BULLET.test(line)) ? groups.shift() : undefined
  const guessed = groups.map((group) => ({ lines: group, heading: isHeading(group) }))
  return assemble(titleLine, infobox ?? null, guessed, { ...options, budget })
}

/**
 * An article from a title and groups whose headings are already known (the Markdown converter's): nothing
 * is guessed, there is no infobox. Lines are kept as given, one block each; empty lines are the caller's to drop.
 */
export function articleFromGroups(title: string, groups: readonly LineGroup[], options: ParseOptions): ArticleDocument {
  return assemble(checkedTitle(title), null, groups, { ...options, budget: options.budget ?? new ParseBudget(0) })
}

function assemble(
  titleLine: string,
  infoboxLines: string[] | null,
  groups: readonly LineGroup[],
  options: ParseOptions & { budget: ParseBudget }
): ArticleDocument {
  const { budget } = options
  const ids = new StableIds()
  const dash = titleLine.indexOf(' - ')
  const blocks: Block[] = [
    {
      id: ids.next('t', titleLine),
      kind: 'title',
      text: titleLine,
      title: dash > 0 ? titleLine.slice(0, dash) : titleLine,
      englishTitle: dash > 0 ? titleLine.slice(dash + 3) : null
    }
  ]

  let infobox: Infobox | null = null
  if (infoboxLines) {
    const [heading = '', ...fields] = infoboxLines
    const headingBlock = { id: ids.next('ib', heading), kind: 'infobox-heading' as const, text: heading }
    blocks.push(headingBlock)
    infobox = { headingBlockId: headingBlock.id, heading, fieldBlockIds: [] }
    for (const line of fields) {
      budget.step()
      const field = parseInfoboxField(line, options.infoboxLabels)
      const id = ids.next('f', line)
      blocks.push({ id, kind: 'infobox-field', text: line, ...field })
      infobox.fieldBlockIds.push(id)
    }
  }

  const sections: Section[] = []
  const references: Reference[] = []
  const links: ExternalLink[] = []
  let section: Section | null = null

  for (const group of groups) {
    budget.step()
    if (group.heading) {
      const heading = (group.lines[0] ?? '').trim()
      section = { id: ids.next('s', heading), heading, role: sectionRole(heading), blockIds: [] }
      sections.push(section)
      blocks.push({ id: ids.next('h', heading), kind: 'heading', text: group.lines[0] ?? '', sectionId: section.id })
      continue
    }
    for (const line of group.lines) {
      budget.step()
      const sectionId = section?.id ?? null
      if (!BULLET.test(line)) {
        const id = ids.next('p', line)
        blocks.push({ id, kind: 'paragraph', text: line, sectionId })
        section?.blockIds.push(id)
        continue
      }
      const itemText = line.replace(BULLET, '')
      const bullet: BulletBlock = {
        id: ids.next('li', itemText),
        kind: 'bullet',
        text: itemText,
        sectionId,
        referenceId: null,
        linkId: null
      }
      if (section?.role === 'further-reading' || section?.role === 'references') {
        bullet.referenceId = ids.next('ref', itemText)
        references.push({ id: bullet.referenceId, blockId: bullet.id, ...parseReference(itemText) })
      } else if (section?.role === 'external-links') {
        bullet.linkId = ids.next('link', itemText)
        links.push({ id: bullet.linkId, blockId: bullet.id, ...parseLink(itemText) })
      }
      blocks.push(bullet)
      section?.blockIds.push(bullet.id)
    }
  }

  const title = blocks[0] as Extract<Block, { kind: 'title' }>
  return {
    id: options.id,
    titleLine,
    title: title.title,
    englishTitle: title.englishTitle,
    language: options.language ?? 'fr',
    infobox,
    blocks,
    sections,
    references,
    links
  }
}
