// The title filter of an open catalogue: its section of match keys read whole (on the first filtered
// page), checked to be UTF-8 and to hold one key a row.

import { KEY_SEPARATOR } from './catalogue-format'
import { invalid, readSection, utf8, type CatalogueFile } from './catalogue-header'
import { titleKeyFilter, type TitleKeyFilter } from './title-key-filter'

/** The filter over the catalogue's title keys. @throws ArchiveError when the section is damaged. */
export async function readTitleKeys(file: CatalogueFile): Promise<TitleKeyFilter> {
  const { count, sections } = file.header
  const bytes = await readSection(file, 'keys', 0, sections.keys.length)
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw invalid('les clés des titres ne sont pas en UTF-8.')
  }
  const keys = titleKeyFilter(text)
  if (keys.count !== count || !text.endsWith(KEY_SEPARATOR))
    throw invalid(`${keys.count} clés de titre pour ${count} lignes.`)
  return keys
}
