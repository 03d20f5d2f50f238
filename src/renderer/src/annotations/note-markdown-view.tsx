// A note's Markdown rendered safely: raw HTML is shown as the text the user typed (never parsed or
// run), images are not loaded, and links open only through main's confirmed http(s) opener. Loaded lazily.

import Markdown, { type Components } from 'react-markdown'
import { validateUserUrl } from '../../../shared/links/url-policy'
import { getFolioApi } from '../ipc/folio-client'

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

const components: Components = {
  a({ href, children }) {
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
      <Markdown remarkPlugins={[htmlAsText]} disallowedElements={['img']} unwrapDisallowed components={components}>
        {text}
      </Markdown>
    </div>
  )
}
