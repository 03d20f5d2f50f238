// A saved page made safe: what the user saw offline keeps its look and text, and nothing in it runs, navigates
// or reaches the network; the remote resources taken out are counted for the reader's bar.

import sanitizeHtml from 'sanitize-html'
import { describe, expect, it } from 'vitest'
import { safeSavedPage } from '../../../src/main/copies/safe-saved-page'

const page = (body: string, head = ''): string =>
  `<!DOCTYPE html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`
const textOf = (html: string): string => sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })

describe('safeSavedPage', () => {
  it('starts with a doctype and keeps the title', () => {
    const { html } = safeSavedPage(page('<p>x</p>'))
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<title>Page</title>')
  })

  it('drops scripts, noscript and their content', () => {
    const { html } = safeSavedPage(page('<script>alert(1)</script><noscript><p>no js</p></noscript><p>kept</p>'))
    expect(html).not.toMatch(/script|alert|no js/i)
    expect(html).toContain('<p>kept</p>')
  })

  it('drops every inline handler', () => {
    const { html } = safeSavedPage(
      page('<img src="data:image/png;base64,AA==" onerror="x()"><body onload="y()"><p ONCLICK="z()">t</p>')
    )
    expect(html).not.toMatch(/onerror|onload|onclick|x\(\)|y\(\)|z\(\)/i)
    expect(html).toContain('src="data:image/png;base64,AA=="')
  })

  it('drops frames, objects, embeds, portals and <base>', () => {
    const { html } = safeSavedPage(
      page(
        '<iframe srcdoc="<p>i</p>"></iframe><frameset><frame></frameset><object data="x.swf">fallback</object>' +
          '<embed src="x.swf"><applet code="A"></applet><portal src="https://x.org"></portal>',
        '<base href="https://evil.org/">'
      )
    )
    expect(html).not.toMatch(/iframe|frame|object|embed|applet|portal|base|fallback|evil/i)
  })

  it('drops meta refresh and every http-equiv but content-type', () => {
    const { html } = safeSavedPage(
      page(
        '',
        '<meta http-equiv="refresh" content="0;url=https://evil.org"><meta http-equiv="Set-Cookie" content="a=b">' +
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta charset="utf-8">'
      )
    )
    expect(html).not.toMatch(/refresh|evil|set-cookie/i)
    expect(html).toContain('http-equiv="Content-Type"')
    expect(html).toContain('<meta charset="utf-8" />')
  })

  it('takes out and counts remote images, srcsets, posters, backgrounds and protocol-relative or file URLs', () => {
    const { html, blocked } = safeSavedPage(
      page(
        '<img src="https://x.org/a.png"><img src="//x.org/b.png"><img src="c.png"><img src="file:///etc/passwd">' +
          '<img srcset="https://x.org/a.png 1x, https://x.org/b.png 2x"><video poster="https://x.org/p.jpg"></video>' +
          '<table background="https://x.org/bg.gif"></table>'
      )
    )
    expect(blocked).toBe(7)
    expect(html).not.toMatch(/x\.org|c\.png|passwd/)
  })

  it('takes out and counts remote fonts, CSS url() and @import, in <style> and style attributes', () => {
    const { html, blocked } = safeSavedPage(
      page(
        '<div style="background: url(https://x.org/bg.png) no-repeat; color: red">t</div>',
        '<style>@import url("https://x.org/a.css"); @import "b.css";' +
          '@font-face { font-family: F; src: url(\'https://x.org/f.woff2\') format("woff2"); }' +
          'body { background-image: url( "../bg.png" ) }</style><link rel="stylesheet" href="https://x.org/c.css">'
      )
    )
    expect(blocked).toBe(6)
    expect(html).not.toMatch(/x\.org|bg\.png|b\.css|@import/)
    expect(html).toContain('color: red')
  })

  it('keeps a data: stylesheet but filters what it imports', () => {
    const css = Buffer.from('@import url(https://x.org/a.css); p { color: blue }').toString('base64')
    const { html, blocked } = safeSavedPage(page('', `<link rel="stylesheet" href="data:text/css;base64,${css}">`))
    expect(blocked).toBe(1)
    const href = /href="data:text\/css;base64,([^"]*)"/.exec(html)![1]!
    expect(Buffer.from(href, 'base64').toString('utf8')).toBe(' p { color: blue }')
  })

  it('drops other <link>s without counting a canonical address as a resource', () => {
    const { html, blocked } = safeSavedPage(
      page('', '<link rel="canonical" href="https://x.org/"><link rel="icon" href="https://x.org/f.ico">')
    )
    expect(html).not.toContain('<link')
    expect(blocked).toBe(1)
  })

  it('turns web links into data-folio-href, keeps fragments, drops javascript: and other schemes', () => {
    const { html } = safeSavedPage(
      page(
        '<a href="https://x.org/doc">w</a><a href="#s2">f</a><a href=" java\tscript:alert(1)">j</a>' +
          '<a href="vbscript:x">v</a><a href="data:text/html,<b>x</b>">d</a><a href="other.html">r</a>' +
          '<form action="https://x.org/post"><button formaction="https://x.org/b">b</button></form>'
      )
    )
    expect(html).toContain('<a data-folio-href="https://x.org/doc">w</a>')
    expect(html).toContain('<a href="#s2">f</a>')
    expect(html).not.toMatch(/javascript|vbscript|text\/html|other\.html|action|x\.org\/post/i)
  })

  it('disarms SVG: scripts, handlers in foreignObject, remote <image> and <use>, href animations', () => {
    const { html, blocked } = safeSavedPage(
      page(
        '<svg><script>alert(1)</script><foreignObject onload="x()"><p onclick="y()">in</p></foreignObject>' +
          '<image href="https://x.org/i.png"/><use xlink:href="https://x.org/s.svg#a"/><use href="#local"/>' +
          '<a xlink:href="javascript:alert(2)"><set attributeName="href" to="javascript:alert(3)"/>z</a>' +
          '<rect fill="url(#grad)"/></svg>'
      )
    )
    expect(html).not.toMatch(/alert|onload|onclick|x\.org|<set/i)
    expect(html).toContain('href="#local"')
    expect(html).toContain('fill="url(#grad)"')
    expect(blocked).toBe(2)
  })

  it('keeps markup hidden in SVG CSS from becoming elements', () => {
    const { html } = safeSavedPage(page('<svg><style><img src=x onerror=alert(1)></style></svg>'))
    expect(html).not.toMatch(/<img/)
  })

  it('keeps the page its look: inline styles, colours, classes, data: images and fonts', () => {
    const font = 'data:font/woff2;base64,d09GMgABAAAA'
    const { html, blocked } = safeSavedPage(
      page(
        '<h1 class="title" style="color: #c00">Titre</h1><img alt="logo" src="data:image/png;base64,iVBORw0KGgo=">',
        `<style>h1 { color: rebeccapurple } @font-face { font-family: F; src: url("${font}") } p > b { font-weight: 700 }</style>`
      )
    )
    expect(blocked).toBe(0)
    expect(html).toContain('<h1 class="title" style="color: #c00">Titre</h1>')
    expect(html).toContain(`h1 { color: rebeccapurple } @font-face { font-family: F; src: url("${font}") } p > b`)
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="')
  })

  it('keeps the text exactly', () => {
    const body = '<p>Café &amp; thé — « guillemets » &lt;b&gt; 1 &lt; 2</p><pre>  deux   espaces\n\tet tab</pre>'
    expect(textOf(safeSavedPage(page(body)).html.replace(/^<!doctype html>\n/, ''))).toBe(textOf(page(body)))
  })

  it('cleans a 10 MB page in little time', () => {
    const section =
      '<section class="s"><h2 style="color:#333">Titre</h2><p>Un paragraphe <a href="https://x.org">lien</a> ' +
      '<img src="https://x.org/i.png"> et du texte.</p></section>'
    const big = page(section.repeat(Math.ceil((10 * 1024 * 1024) / section.length)))
    const started = performance.now()
    const { blocked } = safeSavedPage(big)
    const elapsed = performance.now() - started
    console.info(`10 MB page: ${Math.round(elapsed)} ms`)
    expect(blocked).toBe(Math.ceil((10 * 1024 * 1024) / section.length))
    expect(elapsed).toBeLessThan(20_000)
  }, 30_000)

  it('does not hang on pathological input', () => {
    const started = performance.now()
    safeSavedPage(page('<div>'.repeat(100_000)))
    safeSavedPage(page('<b><i>'.repeat(50_000)))
    const { blocked } = safeSavedPage(page('', `<style>${'url('.repeat(250_000)}</style>`))
    safeSavedPage(page(`<p style="${'url("'.repeat(200_000)}">x</p>`))
    safeSavedPage(page(`<style>${'@import '.repeat(100_000)}</style>`))
    const deep = safeSavedPage(page(`<p>début</p>${'<div>'.repeat(1_000_000)}fin`))
    const elapsed = performance.now() - started
    expect(deep.html).toContain('<p>début</p>')
    console.info(`pathological inputs: ${Math.round(elapsed)} ms`)
    expect(blocked).toBe(1)
    expect(elapsed).toBeLessThan(15_000)
  }, 30_000)
})
