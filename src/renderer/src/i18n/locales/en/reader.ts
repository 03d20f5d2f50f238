// English strings of the reader: the article's labels, its fact sheet and the source's notes. They live in
// src/shared/i18n because main's first screen draws the article with the same words. Same keys as ../fr/reader.ts.

import { readerMessages } from '../../../../../shared/i18n/reader-messages'
import type { Catalog } from '../../catalog'
import type { readerFr } from '../fr/reader'

export const readerEn: Catalog<typeof readerFr> = readerMessages.en
