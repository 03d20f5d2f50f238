// Batch anchoring: same answers as one by one, in slices that yield to the caller, asynchronously with
// cancellation, and correct at scale on the synthetic benchmark document (timings are the benchmark's job).

import { describe, expect, it } from 'vitest'
import {
  createAnchoringScenario,
  generateSyntheticDocument,
  runAnchoringBenchmark
} from '../../../bench/anchoring-bench'
import { anchorAll, anchorAllAsync, anchorAllSteps, anchorTarget } from '../../../src/shared/anchoring/anchor'
import { prepareDocument } from '../../../src/shared/anchoring/prepared-document'

const scenario = createAnchoringScenario({ seed: 7, bytes: 60_000, annotations: 120 })

describe('anchorAllSteps', () => {
  it('yields progress between slices and returns the same anchors as anchorAll', () => {
    let clock = 0
    const steps = anchorAllSteps(scenario.documents.edited, scenario.targets, { sliceMs: 5, now: () => clock++ })
    const progress: number[] = []
    let step = steps.next()
    while (!step.done) {
      progress.push(step.value.done)
      step = steps.next()
    }
    expect(progress.length).toBeGreaterThan(3)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(step.value).toEqual(anchorAll(scenario.documents.edited, scenario.targets))
  })

  it('gives the same anchors as anchoring each target alone', () => {
    const prepared = prepareDocument(scenario.documents.edited)
    expect(anchorAll(prepared, scenario.targets)).toEqual(scenario.targets.map((t) => anchorTarget(prepared, t)))
  })

  it('builds no search index when every stored position still holds', () => {
    const prepared = prepareDocument(scenario.documents.shifted)
    const anchors = anchorAll(prepared, scenario.targets)
    expect(anchors.every((a) => a?.method === 'position')).toBe(true)
    expect(prepared.seedIndex).toBeNull()
  })

  it('finds passages edited in place near their old position without building the search index', () => {
    const targets = scenario.targets.slice(0, 20)
    const chars = prepareDocument(scenario.documents.exact).text.split('')
    for (const target of targets) {
      const { start, end } = target.selectors.position
      const middle = (start + end) >> 1
      if (chars[middle] !== '\n') chars[middle] = chars[middle] === 'x' ? 'y' : 'x'
    }
    const edited = prepareDocument({
      blocks: chars
        .join('')
        .split('\n')
        .map((text, i) => ({ id: `b${i}`, text }))
    })
    const anchors = anchorAll(edited, targets)
    expect(anchors.map((a) => a?.method)).toEqual(targets.map(() => 'fuzzy'))
    expect(edited.seedIndex).toBeNull()
  })

  it('returns an empty list for no targets', () => {
    expect(anchorAll(scenario.documents.exact, [])).toEqual([])
  })
})

describe('anchorAllAsync', () => {
  it('resolves to the same anchors, yielding control between slices', async () => {
    let clock = 0
    let pauses = 0
    const anchors = await anchorAllAsync(scenario.documents.edited, scenario.targets, {
      sliceMs: 5,
      now: () => clock++,
      yieldControl: async () => {
        pauses++
      }
    })
    expect(pauses).toBeGreaterThan(3)
    expect(anchors).toEqual(anchorAll(scenario.documents.edited, scenario.targets))
  })

  it('yields to the event loop by default', async () => {
    let clock = 0
    const anchors = await anchorAllAsync(scenario.documents.edited, scenario.targets, {
      sliceMs: 5,
      now: () => clock++
    })
    expect(anchors).toEqual(anchorAll(scenario.documents.edited, scenario.targets))
  })

  it('stops with the abort reason when cancelled', async () => {
    const controller = new AbortController()
    let clock = 0
    const running = anchorAllAsync(scenario.documents.gone, scenario.targets, {
      sliceMs: 1,
      now: () => clock++,
      signal: controller.signal,
      yieldControl: async () => controller.abort(new Error('closed'))
    })
    await expect(running).rejects.toThrow('closed')
  })
})

describe('synthetic benchmark document', () => {
  it('is deterministic for a seed and at least the requested size', () => {
    const a = generateSyntheticDocument(3, 20_000)
    expect(generateSyntheticDocument(3, 20_000)).toEqual(a)
    expect(generateSyntheticDocument(4, 20_000)).not.toEqual(a)
    const bytes = new TextEncoder().encode(a.blocks.map((b) => b.text).join('\n')).length
    expect(bytes).toBeGreaterThanOrEqual(20_000)
  })

  it('re-anchors annotations correctly at small scale: unchanged, shifted, edited and gone', () => {
    const figures = runAnchoringBenchmark({ seed: 11, bytes: 100_000, annotations: 200 })
    const { exact, shifted, edited, gone } = figures.runs
    expect(exact.correct).toBe(200)
    expect(shifted.correct).toBe(200)
    expect(edited.correct).toBeGreaterThanOrEqual(190)
    expect(edited.anchored - edited.correct).toBeLessThanOrEqual(2)
    expect(gone.anchored).toBeLessThanOrEqual(4)
  })
})
