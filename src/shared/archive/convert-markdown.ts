// Converts a Markdown file (or plain text) into the archive's article text format, so that
// imported documents go through the same parser as the archive: title line, blocks, "  • " bullets.

import type { List, Nodes, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'
import { assertMarkdownReadable } from './markdown-complexity'
import { ParseBudget } from './parse-budget'

const oneLine = (text: string) => text.replace(/\r?\n/g, ' ').trim()

function listItems(list: List, depth: number): string[] {
  return list.children.flatMap((item) => {
    const own = item.children.filter((child) => child.type !== 'list').map((child) => oneLine(toString(child)))
    const nested = item.children.flatMap((child) => (child.type === 'list' ? listItems(child, depth + 1) : []))
    return [`  • ${own.join(' ')}`, ...nested]
  })
}

/** The article-format lines of one top-level Markdown node. */
function blockLines(node: Nodes): string[] {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return [oneLine(toString(node))]
    case 'list':
      return listItems(node, 0)
    case 'code':
    case 'html':
      return node.value.split(/\r?\n/).filter((line) => line.trim() !== '')
    case 'blockquote':
      return node.children.flatMap(blockLines)
    case 'table':
      return node.children.map((row) => row.children.map((cell) => oneLine(toString(cell))).join(' | '))
    case 'thematicBreak':
    case 'definition':
      return []
    default:
      return [oneLine(toString(node))].filter((line) => line !== '')
  }
}

/**
 * Markdown → article text. The first level-1 heading is the title (else `fallbackTitle`, the file
 * name); other headings start sections; paragraphs and list items keep their text, without markup.
 * Throws ArticleParseError('too-complex') for Markdown the parser cannot read in linear time, or when
 * the conversion overruns `budget`.
 */
export function markdownToArticleText(
  markdown: string,
  fallbackTitle: string,
  budget = new ParseBudget(markdown.length)
): string {
  assertMarkdownReadable(markdown)
  const tree: Root = fromMarkdown(markdown)
  budget.step()
  const titleNode = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = titleNode ? oneLine(toString(titleNode)) : fallbackTitle
  const groups = tree.children
    .filter((node) => node !== titleNode)
    .map((node) => {
      budget.step()
      return blockLines(node)
    })
    .filter((lines) => lines.length > 0)
  // Bullets of one list stay together; every other block is its own group.
  return [title, ...groups.map((lines) => (lines[0]?.startsWith('  • ') ? lines.join('\n') : lines.join('\n\n')))].join(
    '\n\n'
  )
}

/** Plain text → article text: the file name as title, every non-empty line a block of its own. */
export function plainTextToArticleText(text: string, title: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '')
  return [title, ...lines].join('\n\n')
}
