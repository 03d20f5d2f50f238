// A note's Markdown rendered safely: raw HTML is shown as the text the user typed (never parsed or
// run), images are not loaded, and links open only through main's confirmed http(s) opener — but folio:// links to a
// passage, which open in the app (links/open-passage-link.ts). Loaded lazily.

import type { ReactNode } from 'react'
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown'
import { isPassageLink, parsePassageLink } from '../../../shared/links/passage-link'
import { validateUserUrl } from '../../../shared/links/url-policy'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { usePassageLinkContext } from '../links/open-passage-link'

interface MdNode {
  type: string
  value?: string
  children?: MdNode[]
}

/** A remark plugin that turns raw HTML nodes into plain text nodes: `<script>` is shown, not run. */
function htmlAsText() {
  const walk = (node: MdNode) => {
    if (node.type === 'html') node.type = 'text'
    node.children?.forEach(walk)
  }
  return (tree: MdNode) => walk(tree)
}

/** react-markdown's rule for link addresses, but a folio:// link is kept (it is read, and refused, below). */
const urlTransform = (url: string): string => (isPassageLink(url) ? url : defaultUrlTransform(url))

/** A folio:// link of a note: opened in the app when it reads, shown refused with its reason when not. */
function PassageLinkInNote({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation()
  const open = usePassageLinkContext()
  const read = parsePassageLink(href)
  if (!read.ok || !open) {
    const title = read.ok ? undefined : t(`passageLink.refused.${read.reason}`)
    return (
      <span className="note-link is-refused" title={title}>
        {children}
      </span>
    )
  }
  return (
    <a
      href={href}
      className="note-link is-passage"
      onClick={(event) => {
        event.preventDefault()
        open(read.link)
      }}
    >
      {children}
    </a>
  )
}

const components: Components = {
  a({ href, children }) {
    if (href && isPassageLink(href)) return <PassageLinkInNote href={href}>{children}</PassageLinkInNote>
    const checked = validateUserUrl(href ?? '')
    if (!checked.ok) return <span className="note-link is-refused">{children}</span>
    return (
      <a
        href={checked.url}
        className="note-link"
        onClick={(event) => {
          event.preventDefault()
          void getFolioApi()?.openExternal(checked.url)
        }}
      >
        {children}
      </a>
    )
  }
}

export function NoteMarkdownView({ text }: { text: string }) {
  return (
    <div className="note-markdown">
      <Markdown
        remarkPlugins={[htmlAsText]}
        disallowedElements={['img']}
        unwrapDisallowed
        urlTransform={urlTransform}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  )
}
