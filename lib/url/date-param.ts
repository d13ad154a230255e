/** `YYYY-MM-DD` or `YYYY-MM` with a real calendar date, else null. */
export function parseDateParam(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return value;
}

/** First day covered by a `from` value. */
export function startOfDateParam(value: string): string {
  return value.length === 7 ? `${value}-01` : value;
}

/** Last day covered by a `to` value (`2024-02` → `2024-02-29`). */
export function endOfDateParam(value: string): string {
  if (value.length !== 7) return value;
  const [year, month] = value.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, '0')}`;
}
