// The plot of docs/benchmarks.md's archive-scale figures: start-up and memory against the archive's size (log
// scale), drawn as SVG and rendered to PNG by the same Chromium the benchmark drives.

import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../tests/setup/chromium.mjs'

export interface ScalePoint {
  documents: number
  firstFrameMs: number
  interactiveMs: number
  heapMiB: number
  mainRssMiB: number
}

const WIDTH = 460
const HEIGHT = 300
const MARGIN = { left: 60, right: 20, top: 40, bottom: 50 }

interface Series {
  name: string
  color: string
  values: number[]
}

/** One panel: the series against log10(documents), from 0 on the y axis. */
function panel(title: string, unit: string, xs: number[], series: Series[]): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom
  const logs = xs.map((x) => Math.log10(x))
  const [minX, maxX] = [Math.min(...logs), Math.max(...logs) || 1]
  const maxY = Math.max(1, ...series.flatMap((s) => s.values.filter(Number.isFinite))) * 1.15
  const px = (log: number) => MARGIN.left + ((log - minX) / (maxX - minX || 1)) * plotW
  const py = (value: number) => MARGIN.top + plotH - (value / maxY) * plotH
  const ticks = xs
    .map((x, i) => {
      const at = px(logs[i] as number)
      return `<line x1="${at}" y1="${MARGIN.top + plotH}" x2="${at}" y2="${MARGIN.top + plotH + 5}" stroke="#555"/>
      <text x="${at}" y="${MARGIN.top + plotH + 20}" text-anchor="middle">${x.toLocaleString('en-US')}</text>`
    })
    .join('')
  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => {
      const value = f * maxY
      return `<line x1="${MARGIN.left}" y1="${py(value)}" x2="${MARGIN.left + plotW}" y2="${py(value)}" stroke="#ddd"/>
      <text x="${MARGIN.left - 6}" y="${py(value) + 4}" text-anchor="end">${Math.round(value)}</text>`
    })
    .join('')
  const lines = series
    .map((s, index) => {
      const points = s.values.map((v, i) => `${px(logs[i] as number)},${py(v)}`).join(' ')
      const dots = s.values
        .map((v, i) => `<circle cx="${px(logs[i] as number)}" cy="${py(v)}" r="3.5" fill="${s.color}"/>`)
        .join('')
      const legend = `<rect x="${MARGIN.left + 10}" y="${MARGIN.top + 8 + index * 18}" width="12" height="3" fill="${s.color}"/>
      <text x="${MARGIN.left + 28}" y="${MARGIN.top + 13 + index * 18}">${s.name}</text>`
      return `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"/>${dots}${legend}`
    })
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">
    <rect width="100%" height="100%" fill="white"/>
    <text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${title}</text>
    ${yTicks}${ticks}
    <text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">documents in the archive (log scale)</text>
    <text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${unit}</text>
    ${lines}
  </svg>`
}

/** Writes the two panels (start-up; memory) side by side to `file` as PNG. */
export async function plotArchiveScale(points: readonly ScalePoint[], file: string): Promise<void> {
  const xs = points.map((p) => p.documents)
  const startup = panel('Start-up against archive size', 'ms', xs, [
    { name: 'first frame with highlights', color: '#1f77b4', values: points.map((p) => p.firstFrameMs) },
    { name: 'interactive (answers a click)', color: '#d62728', values: points.map((p) => p.interactiveMs) }
  ])
  const memory = panel('Memory against archive size', 'MiB', xs, [
    { name: 'renderer JS heap', color: '#2ca02c', values: points.map((p) => p.heapMiB) },
    { name: 'main process RSS', color: '#9467bd', values: points.map((p) => p.mainRssMiB) }
  ])
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH * 2, height: HEIGHT } })
    await page.setContent(`<body style="margin:0;display:flex">${startup}${memory}</body>`)
    await page.screenshot({ path: file })
  } finally {
    await browser.close()
  }
}
