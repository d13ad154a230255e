/** A `next=` target kept only when it is a path on this site (no `//host`, no scheme): no open redirect. */
export function safeNextPath(value: string | string[] | undefined, fallback = '/review'): string {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  return next.slice(0, 2000);
}
