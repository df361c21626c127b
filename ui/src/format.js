// Numbers as the sidebar shows them: sizes in binary units with the unit a file manager would pick
// (6.46 GB, not 6615 MB), speeds, and the time left.
const MB = 1024 * 1024
const UNITS = ['KB', 'MB', 'GB', 'TB']

/** 100663296 → "96.0" (MB, one decimal). */
export function megabytes(bytes) {
  return ((Number(bytes) || 0) / MB).toFixed(1)
}

/** 512 → "512 B", 151000000 → "144.0 MB", 6936330240 → "6.46 GB". */
export function formatBytes(bytes) {
  let value = Math.max(0, Number(bytes) || 0)
  if (value < 1024) return `${Math.round(value)} B`
  let unit = -1
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const decimals = unit === 0 ? 0 : unit === 1 ? 1 : 2
  return `${value.toFixed(decimals)} ${UNITS[unit]}`
}

/** Bytes per second → "12.3 MB/s". */
export function formatSpeed(bytesPerSecond) {
  return `${formatBytes(bytesPerSecond)}/s`
}

/** Whole seconds → "45 s", "2 min 05 s", "1 h 04 min" (the two largest units, like a file manager). */
export function formatDuration(seconds) {
  const total = Math.max(0, Math.ceil(Number(seconds) || 0))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = total % 60
  const two = (n) => String(n).padStart(2, '0')
  if (hours) return `${hours} h ${two(minutes)} min`
  if (minutes) return `${minutes} min ${two(rest)} s`
  return `${rest} s`
}

/** 0..100 with at most one decimal, for the progress bar. */
export function percent(value) {
  const number = Math.min(100, Math.max(0, Number(value) || 0))
  return Math.round(number * 10) / 10
}
