// Brings an element into view and makes it flash briefly, so the eye finds what was clicked.
// Used for jumps between the article, its bullets and the reference and link cards.

/** The DOM id of a reference or link card. */
export const cardElementId = (id: string): string => `card-${id}`

/** Scrolls to the element with `id`, focuses it for keyboard users and flashes it. */
export function reveal(id: string): boolean {
  const element = document.getElementById(id)
  if (!element) return false
  element.scrollIntoView({ block: 'center', behavior: 'smooth' })
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
  element.focus({ preventScroll: true })
  element.classList.remove('flash')
  // Restart the animation even when the same element is revealed twice in a row.
  void element.offsetWidth
  element.classList.add('flash')
  return true
}
