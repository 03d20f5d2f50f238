// The app's stylesheets: one file per part of the product, each imported once by the boot script and opening
// with what it holds, and one button vocabulary defined in buttons.css, the parts only sizing and placing its buttons.

import { describe, expect, it } from 'vitest'
import boot from '../../../src/renderer/src/first-screen/boot.ts?raw'

const sheets = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../src/renderer/src/styles/*.css', {
      query: '?raw',
      import: 'default',
      eager: true
    })
  ).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text])
)
const components = import.meta.glob<string>('../../../src/renderer/src/**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true
})

/** The rules of a stylesheet as selector and declarations (the innermost blocks: @media's rules, not the @media). */
function rules(css: string): { selector: string; properties: string[] }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({
    selector: (match[1] ?? '').trim().replace(/\s+/g, ' '),
    properties: (match[2] ?? '')
      .split(';')
      .map((declaration) => declaration.split(':')[0]?.trim() ?? '')
      .filter(Boolean)
  }))
}

const VOCABULARY = [
  'primary-button',
  'secondary-button',
  'danger-button',
  'link-button',
  'header-button',
  'icon-button'
]
const RETIRED = ['button-primary', 'button-secondary', 'primary', 'data-action', 'danger']
/** What a part may set on the vocabulary's buttons: their size and their place in its rows, not their look. */
const SIZING = /^(padding|margin|font-size|flex|white-space)(-|$)/

describe('the stylesheets', () => {
  it('are each imported once by the boot script, and it imports no other', () => {
    const imported = [...boot.matchAll(/^import '\.\.\/styles\/([^']+)'$/gm)].map((match) => match[1])
    expect([...imported].sort()).toEqual(Object.keys(sheets).sort())
    expect(new Set(imported).size).toBe(imported.length)
  })

  it('open with a comment saying what they hold', () => {
    const silent = Object.entries(sheets).filter(([, text]) => !text.startsWith('/* '))
    expect(silent.map(([name]) => name)).toEqual([])
  })
})

describe('the button vocabulary', () => {
  it('is styled in buttons.css; elsewhere a rule on its buttons only sizes or places them', () => {
    const styling: string[] = []
    for (const [name, text] of Object.entries(sheets)) {
      if (name === 'buttons.css') continue
      for (const rule of rules(text)) {
        const names = VOCABULARY.filter((word) => new RegExp(`\\.${word}(?![\\w-])`).test(rule.selector))
        const other = rule.properties.filter((property) => !SIZING.test(property))
        if (names.length && other.length) styling.push(`${name}: ${rule.selector} { ${other.join(', ')} }`)
      }
    }
    expect(styling).toEqual([])
    for (const word of VOCABULARY) expect(sheets['buttons.css'], word).toMatch(new RegExp(`^\\.${word} \\{`, 'm'))
  })

  it('is the only one components use: the retired class names are gone', () => {
    const uses: string[] = []
    for (const [path, text] of Object.entries(components))
      for (const match of text.matchAll(/className="([^"]*)"/g))
        for (const word of (match[1] ?? '').split(/\s+/)) if (RETIRED.includes(word)) uses.push(`${path}: ${word}`)
    expect(uses).toEqual([])
    for (const name of Object.keys(sheets))
      for (const word of RETIRED)
        expect(sheets[name], `${name}: .${word}`).not.toMatch(new RegExp(`\\.${word}(?![\\w-])`))
  })
})
