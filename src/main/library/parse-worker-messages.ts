// What main and a parse worker say to each other: a copy's bytes one way, its document or the reason it
// was refused the other. An ArticleParseError crosses as its fields and is made again on main's side.

import type { ArticleDocument } from '../../shared/archive/document'
import { ArticleParseError, type ArticleProblem } from '../../shared/archive/parse-errors'
import type { LikelyEncoding } from '../../shared/archive/text-encoding'
import type { UserDocumentKind } from './library-manifest'

/** One document to parse (a worker parses one at a time). */
export interface ParseRequest {
  bytes: Uint8Array
  kind: UserDocumentKind
  id: string
  name: string
}

/** The parse's outcome: the document, or the refusal (`problem` set for an ArticleParseError). */
export type ParseReply =
  | { ok: true; document: ArticleDocument }
  | { ok: false; message: string; problem?: ArticleProblem; likely?: LikelyEncoding }

/** Runs `parse` and puts what came out of it, document or error, into a reply. */
export function replyOf(parse: () => ArticleDocument): ParseReply {
  try {
    return { ok: true, document: parse() }
  } catch (error) {
    if (error instanceof ArticleParseError) {
      return {
        ok: false,
        message: error.message,
        problem: error.problem,
        ...(error.likely ? { likely: error.likely } : {})
      }
    }
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** The document of a reply; throws the refusal again, as an ArticleParseError when it was one. */
export function documentOf(reply: ParseReply): ArticleDocument {
  if (reply.ok) return reply.document
  if (reply.problem) throw new ArticleParseError(reply.problem, reply.message, reply.likely)
  throw new Error(reply.message)
}
