// Converts a Markdown file (or plain text) into an article through the archive's own block builder: title,
// blocks, "  • " bullets. Markdown says which lines are headings, so nothing is guessed from a line's shape.

import type { List, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import type { ArticleDocument } from './document'
import { assertMarkdownReadable } from './markdown-complexity'
import { articleFromGroups, type LineGroup, type ParseOptions } from './parse-article'
import { ParseBudget } from './parse-budget'

const oneLine = (text: string) => text.replace(/\r?\n/g, ' ').trim()

function listItems(list: List, depth: number): string[] {
  return list.children.flatMap((item) => {
    const own = item.children.filter((child) => child.type !== 'list').map((child) => oneLine(toString(child)))
    const nested = item.children.flatMap((child) => (child.type === 'list' ? listItems(child, depth + 1) : []))
    return [`  • ${own.join(' ')}`, ...nested]
  })
}

/** The article-format lines of a Markdown node that is not a heading; blank ones are dropped. */
function blockLines(node: Nodes): string[] {
  switch (node.type) {
    case 'list':
      return listItems(node, 0)
    case 'code':
      return node.value.split(/\r?\n/).filter((line) => line.trim() !== '')
    case 'blockquote':
      return node.children.flatMap(blockLines)
    case 'table':
      return node.children.map((row) => row.children.map((cell) => oneLine(toString(cell))).join(' | '))
    case 'thematicBreak':
    case 'definition':
      return []
    default:
      // Paragraphs, raw HTML (shown as the text it is, one paragraph), a heading quoted in a blockquote.
      return [oneLine(toString(node))].filter((line) => line !== '')
  }
}

/** Raw HTML and a paragraph with no blank line between them are one paragraph, as the author wrote it. */
function joinsPrevious(node: Nodes, previous: Nodes | undefined): boolean {
  if (!previous || (node.type !== 'html' && previous.type !== 'html')) return false
  if (!['html', 'paragraph'].includes(node.type) || !['html', 'paragraph'].includes(previous.type)) return false
  const start = node.position?.start.line
  const end = previous.position?.end.line
  return start !== undefined && end !== undefined && start === end + 1
}

/**
 * Markdown → article. The first level-1 heading is the title (else `fallbackTitle`, the file name); other
 * Markdown headings start sections, and nothing else does; paragraphs, raw HTML lines (as text, in their
 * paragraph) and list items keep their text, without markup. Throws ArticleParseError('too-complex') for
 * Markdown the parser cannot read in linear time, or when the conversion overruns the budget.
 */
export function markdownToArticle(markdown: string, fallbackTitle: string, options: ParseOptions): ArticleDocument {
  const budget = options.budget ?? new ParseBudget(markdown.length)
  assertMarkdownReadable(markdown)
  const tree: Root = fromMarkdown(markdown)
  budget.step()
  const titleNode = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = titleNode ? oneLine(toString(titleNode)) : fallbackTitle
  const groups: LineGroup[] = []
  let previous: Nodes | undefined
  for (const node of tree.children) {
    budget.step()
    if (node === titleNode) continue
    if (node.type === 'heading') {
      const heading = oneLine(toString(node))
      if (heading !== '') groups.push({ lines: [heading], heading: true })
    } else {
      const lines = blockLines(node)
      const last = groups.at(-1)
      if (last && !last.heading && joinsPrevious(node, previous) && lines.length > 0) {
        last.lines[last.lines.length - 1] = `${last.lines.at(-1) ?? ''} ${lines.join(' ')}`.trim()
      } else if (lines.length > 0) groups.push({ lines, heading: false })
    }
    previous = node
  }
  return articleFromGroups(title, groups, { ...options, budget })
}

/** Plain text → article text: the file name as title, every non-empty line a block of its own. */
export function plainTextToArticleText(text: string, title: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '')
  return [title, ...lines].join('\n\n')
}
