// Keeps a number inside a range (NaN becomes the minimum), for values read back from storage.

/** `value` limited to [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min
  return Math.min(max, Math.max(min, value))
}
