// What the reader's "show card" buttons do: open the card of a reference or link bullet (its id).
// Left out where nothing can act yet (main's first screen), the buttons are drawn disabled.

export type ShowCard = (target: string) => void
