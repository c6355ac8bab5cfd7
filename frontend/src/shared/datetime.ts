/** "2026-03-01T09:30:12.345" → "2026-03-01 09:30"; a date alone stays as it is; nothing → "—". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const [date, time] = value.split('T')
  return time ? `${date} ${time.slice(0, 5)}` : date
}

export function formatDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '—'
}

/** Today in the browser's time zone as yyyy-MM-dd, comparable with the server's dates as strings. */
export function todayIso(): string {
  const now = new Date()
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
}
