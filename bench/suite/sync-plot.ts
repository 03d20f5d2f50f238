// The plot of the sync figures: each engine's propagation latency under load as a cumulative curve (the share of
// changes that had reached every other device by a given time), where p50 and p95 alone hide the tail's shape.
// Drawn as SVG, rendered to PNG by the Chromium the benchmark drives.

import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../tests/setup/chromium.mjs'

export interface LatencySeries {
  /** The legend's text (with how many samples). */
  name: string
  color: string
  /** Milliseconds. */
  samples: number[]
}

const WIDTH = 760
/** The plot's own height; the legend's rows go under it. */
const PLOT_HEIGHT = 380
const MARGIN = { left: 64, right: 24, top: 44, bottom: 52 }

/** The curve of one series: (latency, share of samples at or under it), log10 of the latency on x. */
function curve(samples: readonly number[]): [number, number][] {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted.map((ms, i) => [Math.log10(Math.max(ms, 0.1)), (i + 1) / sorted.length])
}

const heightOf = (series: readonly LatencySeries[]) => PLOT_HEIGHT + 16 + series.length * 18

function svg(series: readonly LatencySeries[]): string {
  const HEIGHT = heightOf(series)
  const plotW = WIDTH - MARGIN.left - MARGIN.right
  const plotH = PLOT_HEIGHT - MARGIN.top - MARGIN.bottom
  const all = series.flatMap((s) => s.samples).filter((ms) => Number.isFinite(ms))
  const minX = Math.floor(Math.log10(Math.max(0.1, Math.min(...all, 1))))
  // At least to 1 s, so that the budget's line is always in view.
  const maxX = Math.ceil(Math.log10(Math.max(...all, 1000)))
  const px = (log: number) => MARGIN.left + ((log - minX) / (maxX - minX || 1)) * plotW
  const py = (share: number) => MARGIN.top + plotH - share * plotH
  const xTicks = Array.from({ length: maxX - minX + 1 }, (_, i) => minX + i)
    .map(
      (log) => `<line x1="${px(log)}" y1="${MARGIN.top}" x2="${px(log)}" y2="${MARGIN.top + plotH}" stroke="#ddd"/>
      <text x="${px(log)}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">${(10 ** log).toLocaleString('en-US')}</text>`
    )
    .join('')
  const yTicks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (
        share
      ) => `<line x1="${MARGIN.left}" y1="${py(share)}" x2="${MARGIN.left + plotW}" y2="${py(share)}" stroke="#ddd"/>
      <text x="${MARGIN.left - 6}" y="${py(share) + 4}" text-anchor="end">${Math.round(share * 100)} %</text>`
    )
    .join('')
  const p95 = `<line x1="${MARGIN.left}" y1="${py(0.95)}" x2="${MARGIN.left + plotW}" y2="${py(0.95)}" stroke="#999" stroke-dasharray="4 3"/>
    <text x="${MARGIN.left + plotW - 4}" y="${py(0.95) + 14}" text-anchor="end">p95</text>`
  const budget = `<line x1="${px(Math.log10(500))}" y1="${MARGIN.top}" x2="${px(Math.log10(500))}" y2="${MARGIN.top + plotH}" stroke="#555" stroke-dasharray="6 4"/>
    <text x="${px(Math.log10(500)) - 4}" y="${MARGIN.top + plotH - 8}" text-anchor="end">500 ms: issue 18's p95 budget</text>`
  const lines = series
    .map((s, index) => {
      const points = curve(s.samples)
        .map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`)
        .join(' ')
      // The legend under the axis, where no curve runs.
      const legendY = PLOT_HEIGHT + 20 + index * 18
      return `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"/>
      <rect x="${MARGIN.left + 10}" y="${legendY - 4}" width="14" height="3" fill="${s.color}"/>
      <text x="${MARGIN.left + 30}" y="${legendY}">${s.name}</text>`
    })
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">
    <rect width="100%" height="100%" fill="white"/>
    <text x="${WIDTH / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">Sync under load: share of changes arrived, against time</text>
    ${xTicks}${yTicks}${p95}${budget}${lines}
    <text x="${MARGIN.left + plotW / 2}" y="${PLOT_HEIGHT - 10}" text-anchor="middle">milliseconds from a change until every other device has it (over Redis: each device of the other instance), log scale</text>
  </svg>`
}

/** Writes the cumulative latency curves of `series` to `file` as PNG. */
export async function plotSyncLatency(series: readonly LatencySeries[], file: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: heightOf(series) } })
    await page.setContent(`<body style="margin:0">${svg(series)}</body>`)
    await page.screenshot({ path: file })
  } finally {
    await browser.close()
  }
}
