// The structured form of one archive article, as the parser produces it and the renderer shows it.
// Every string is kept exactly as in the source (U+00A0, spaces before punctuation, CJK, pinyin).

/** A date found in the text: as written ("14 février 1950") and as ISO 8601 ("1950-02-14"). */
export interface WrittenDate {
  written: string
  iso: string
}

interface BlockBase {
  /** Stable id: derived from the block's own text, so edits elsewhere in the document never change it. */
  id: string
  /** The block's text exactly as in the source line (bullets without their "  • " marker). */
  text: string
}

export interface TitleBlock extends BlockBase {
  kind: 'title'
  /** The French title (before " - "). */
  title: string
  /** The English title (after " - "), or null when the line has none. */
  englishTitle: string | null
}

export interface InfoboxHeadingBlock extends BlockBase {
  kind: 'infobox-heading'
}

export interface InfoboxFieldBlock extends BlockBase {
  kind: 'infobox-field'
  label: string
  /** The value as written, or null for a field that has only its label ("Signataires"). */
  value: string | null
  /** Present when the value holds a date. */
  date: WrittenDate | null
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph'
  /** The section the paragraph belongs to, or null for the introduction. */
  sectionId: string | null
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading'
  sectionId: string
}

export interface BulletBlock extends BlockBase {
  kind: 'bullet'
  sectionId: string | null
  /** Set when the bullet is a further-reading entry. */
  referenceId: string | null
  /** Set when the bullet is an external link. */
  linkId: string | null
}

export type Block = TitleBlock | InfoboxHeadingBlock | InfoboxFieldBlock | ParagraphBlock | HeadingBlock | BulletBlock

export type BlockKind = Block['kind']

export type SectionRole = 'see-also' | 'references' | 'further-reading' | 'external-links' | 'other'

export interface Section {
  id: string
  heading: string
  role: SectionRole
  /** Ids of the blocks under the heading (paragraphs and bullets); empty for an empty section. */
  blockIds: string[]
}

export interface Infobox {
  headingBlockId: string
  heading: string
  fieldBlockIds: string[]
}

export interface Person {
  family: string
  given: string | null
  /** The name as written in the source ("Peskov, Youri"). */
  literal: string
}

/** The kind of work a reference names, as its CSL type. */
export type ReferenceKind = 'article-journal' | 'book' | 'chapter' | 'thesis' | 'report' | 'webpage'

/**
 * A further-reading entry (a bibliographic reference). Unknown fields are null, never guessed.
 * The optional fields came with kinds other than the journal article: absent means not read (an
 * archive read before them has none), and `kind` absent means a journal article, the one form read before.
 */
export interface Reference {
  id: string
  blockId: string
  authors: Person[]
  title: string | null
  container: string | null
  year: number | null
  volume: string | null
  issue: string | null
  pages: string | null
  /** The bullet's text exactly as in the source. */
  sourceText: string
  /** A book, a chapter in one (`container` is then the book), a thesis, a report or a web page (`container`: the site). */
  kind?: ReferenceKind
  /** The publisher, or for a thesis the university, as written. */
  publisher?: string
  /** The place of publication, as written ("Paris", "Cambridge, MA"). */
  place?: string
  /** The editors ("ed.", "éd.", "dir.") of the book, or of the book a chapter is in. */
  editors?: Person[]
  /** The kind of thesis or report as written ("Thèse de doctorat", "PhD diss.", "Working Paper"). */
  genre?: string
  /** A report's number ("Report No. 12" gives "12"). */
  number?: string
  /** The address of a web page, as written. */
  url?: string
}

/** An external link. The archive may not know its URLs: then they are null and the UI says so. */
export interface ExternalLink {
  id: string
  blockId: string
  /** The link's title when it has one, else its label text. */
  title: string
  author: string | null
  year: number | null
  publisher: string | null
  /** File format named in the source ("PDF"), or null. */
  format: string | null
  /** Size as written in the source ("103 Ko", with its U+00A0), or null. */
  size: string | null
  /** ISO date of the archived copy ("2007-03-18"), or null. */
  archiveDate: string | null
  originalUrl: string | null
  archivedUrl: string | null
  sourceText: string
}

export interface ArticleDocument {
  id: string
  /** The title line exactly as in the source. */
  titleLine: string
  title: string
  englishTitle: string | null
  language: string
  infobox: Infobox | null
  /** All blocks in reading order: title, infobox, introduction, sections. */
  blocks: Block[]
  sections: Section[]
  references: Reference[]
  links: ExternalLink[]
}

/**
 * The document's text as one string, the coordinate space of text-position selectors:
 * block texts in reading order, joined by a newline.
 */
export function documentText(doc: Pick<ArticleDocument, 'blocks'>): string {
  return doc.blocks.map((block) => block.text).join('\n')
}

/** The offset of each block's first character in {@link documentText}. */
export function blockOffsets(doc: {
  readonly blocks: readonly { readonly id: string; readonly text: string }[]
}): Map<string, number> {
  const offsets = new Map<string, number>()
  let offset = 0
  for (const block of doc.blocks) {
    offsets.set(block.id, offset)
    offset += block.text.length + 1
  }
  return offsets
}
