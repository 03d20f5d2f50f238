// A few lines of HTML building for the first screen: escaped text, elements with optional attributes.

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** `value` as HTML text or attribute value: &, <, > and " escaped, everything else (NBSP, CJK) as it is. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"]/g, (char) => TEXT_ESCAPES[char] ?? char)

const VOID_ELEMENTS = new Set(['input', 'img', 'br', 'hr', 'meta', 'link'])

export type Attributes = Record<string, string | boolean | undefined>

/** `<tag attributes>children</tag>` (`<tag attributes>` for a void element); children are HTML already (escape text with {@link escapeHtml}). */
export function element(tag: string, attributes: Attributes, ...children: string[]): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value as string)}"`))
    .join('')
  if (VOID_ELEMENTS.has(tag)) return `<${tag}${written}>`
  return `<${tag}${written}>${children.join('')}</${tag}>`
}
