// French strings of the reader: the article's labels, its fact sheet and the source's notes. They live in
// src/shared/i18n because main's first screen draws the article with the same words.

import { readerMessages } from '../../../../../shared/i18n/reader-messages'

export const readerFr = readerMessages.fr
