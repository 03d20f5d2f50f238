// Puts text on the clipboard. The async Clipboard API first; if it is refused (an Electron session
// that denies the clipboard-write permission, say), the older copy command, inside the same click.

/**
 * Copies `text` — and `html` beside it when given, so that a word processor keeps the italics —
 * resolving when it is on the clipboard, rejecting with the reason otherwise.
 * Call it from a click or key handler: browsers allow clipboard writes only during a user gesture.
 */
export async function copyText(text: string, html?: string): Promise<void> {
  try {
    if (html !== undefined && typeof ClipboardItem === 'function') {
      const item = new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' })
      })
      await navigator.clipboard.write([item])
    } else {
      await navigator.clipboard.writeText(text)
    }
  } catch (error) {
    if (!copyWithCommand(text)) throw error
  }
}

/** The fallback: select the text in an off-screen textarea and run the copy command. */
function copyWithCommand(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.className = 'clipboard-scratch'
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
    previous?.focus({ preventScroll: true })
  }
}
