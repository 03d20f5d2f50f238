// "Copier le lien" and "Copier en citation Markdown": the folio:// link of an annotation, a bookmark or a selected
// passage, put on the clipboard as plain text and as an HTML <a href> around the quote; and the quote as Markdown
// (`> quote`, then its pinpoint citation and the link back), with the work's entry after it.

import { useState } from 'react'
import type { CitedPassage } from '../../../shared/citations/cite-passage'
import { formatPassageLink, type PassageLink } from '../../../shared/links/passage-link'
import { copyText } from '../citations/copy-text'
import { useTranslation } from '../i18n/i18n'

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The link as the clipboard holds it: the address as text, and an HTML link whose words are the quote (or `label`). */
export function passageLinkClipboard(link: PassageLink, label: string): { text: string; html: string } {
  const url = formatPassageLink(link)
  const words = link.quote?.exact ?? label
  return { text: url, html: `<a href="${escapeHtml(url)}">${escapeHtml(words)}</a>` }
}

/** Backslash-escapes what Markdown would read in a quote: emphasis, links, code, HTML, and block marks at line start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&]/g, (char) => `\\${char}`)
    .replace(/^([ \t]{0,3})([#>+=|-]|\d{1,9}[.)])/gm, (_, indent: string, mark: string) => `${indent}\\${mark}`)
}

/** The Markdown quote: each line of the passage after `> `, the citation and the link back under it, then the entry. */
export function markdownQuote(quote: string, cited: CitedPassage, url: string, linkWords: string): string {
  const lines = escapeMarkdown(quote)
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
  const source = `> — ${escapeMarkdown(cited.inText)}, [${escapeMarkdown(linkWords)}](${url})`
  const quoted = [...lines, '>', source].join('\n')
  return cited.entry ? `${quoted}\n\n${escapeMarkdown(cited.entry)}\n` : `${quoted}\n`
}

/** The same quote in HTML, for a word processor: a blockquote, its citation and link, then the entry. */
function htmlQuote(quote: string, cited: CitedPassage, url: string, linkWords: string): string {
  const source = `— ${escapeHtml(cited.inText)}, <a href="${escapeHtml(url)}">${escapeHtml(linkWords)}</a>`
  const entry = cited.entry ? `<p>${escapeHtml(cited.entry)}</p>` : ''
  return `<blockquote><p>${escapeHtml(quote).replace(/\n/g, '<br>')}</p><p>${source}</p></blockquote>${entry}`
}

type Outcome = { kind: 'done' | 'error'; message: string }

function useCopyOutcome(): [Outcome | null, (run: () => Promise<string>) => Promise<void>] {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const attempt = async (run: () => Promise<string>) => {
    try {
      setOutcome({ kind: 'done', message: await run() })
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }
  return [outcome, attempt]
}

function OutcomeText({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null
  return (
    <span className={`link-outcome is-${outcome.kind}`} role={outcome.kind === 'error' ? 'alert' : 'status'}>
      {outcome.message}
    </span>
  )
}

/** "Copier le lien" of `link` (an annotation's, a bookmark's, a selection's): `label` names it when it has no quote. */
export function CopyPassageLinkButton({ link, label }: { link: PassageLink; label: string }) {
  const { t } = useTranslation()
  const [outcome, attempt] = useCopyOutcome()
  const copy = () =>
    attempt(async () => {
      const { text, html } = passageLinkClipboard(link, label)
      await copyText(text, html)
      return t('passageLink.copied')
    })
  return (
    <span className="copy-passage-link">
      <button type="button" className="link-button" title={t('passageLink.copyHint')} onClick={() => void copy()}>
        {t('passageLink.copy')}
      </button>
      <OutcomeText outcome={outcome} />
    </span>
  )
}

/**
 * "Copier en citation Markdown": the passage quoted, with its pinpoint citation from `cite` (the page of a copy, the
 * section and paragraph of an article, in the user's style) and the link back; as Markdown text and as HTML.
 */
export function CopyMarkdownQuoteButton(props: {
  link: PassageLink
  quote: string
  cite: () => Promise<CitedPassage>
}) {
  const { t } = useTranslation()
  const [outcome, attempt] = useCopyOutcome()
  const copy = () =>
    attempt(async () => {
      const cited = await props.cite()
      const url = formatPassageLink(props.link)
      const words = t('passageLink.openInFolio')
      await copyText(markdownQuote(props.quote, cited, url, words), htmlQuote(props.quote, cited, url, words))
      return t('passageLink.copiedQuote')
    })
  return (
    <span className="copy-passage-link">
      <button type="button" className="link-button" onClick={() => void copy()}>
        {t('passageLink.copyQuote')}
      </button>
      <OutcomeText outcome={outcome} />
    </span>
  )
}
