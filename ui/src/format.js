// Numbers as the cards show them.
const MB = 1024 * 1024

/** 100663296 → "96.0" (MB, one decimal). */
export function megabytes(bytes) {
  return ((Number(bytes) || 0) / MB).toFixed(1)
}

/** 0..100 with at most one decimal, for the progress bar. */
export function percent(value) {
  const number = Math.min(100, Math.max(0, Number(value) || 0))
  return Math.round(number * 10) / 10
}
