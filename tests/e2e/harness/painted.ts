// What Folio's highlights paint, read from the page's CSS Custom Highlight registry: each highlight's name and
// the text of each of its ranges (`folio-yellow`: ['Mao s'est rendu…'], `folio-flash`: the passage flashed).

import type { Page } from 'playwright-core'

/** Texts painted by each of Folio's highlights. */
export const painted = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())])
    )
  )
