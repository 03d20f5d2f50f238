// Why an article could not be read. Each reason maps to a message the user can act on.

import type { LikelyEncoding } from './text-encoding'

export type ArticleProblem = 'empty' | 'too-large' | 'binary' | 'not-utf8' | 'no-title' | 'too-complex'

/** Thrown by the article decoder and parser; `problem` names the cause for the UI's message. */
export class ArticleParseError extends Error {
  constructor(
    readonly problem: ArticleProblem,
    message: string,
    /** For 'not-utf8': what the bytes most likely are, for the renderer to name in its language. */
    readonly likely?: LikelyEncoding
  ) {
    super(message)
    this.name = 'ArticleParseError'
  }
}
