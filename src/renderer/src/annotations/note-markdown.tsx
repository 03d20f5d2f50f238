// A note's Markdown, as the notes panel and the editor show it. The renderer (react-markdown and its
// parser, note-markdown-view.tsx) loads on first use, not at start; until then the note shows as typed.

import { lazy, Suspense } from 'react'

const NoteMarkdownView = lazy(() =>
  import('./note-markdown-view').then((module) => ({ default: module.NoteMarkdownView }))
)

export function NoteMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<div className="note-markdown">{text}</div>}>
      <NoteMarkdownView text={text} />
    </Suspense>
  )
}
