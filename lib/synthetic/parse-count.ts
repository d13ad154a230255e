/** `1000000`, `1M`, `100k`, `10_000` → a positive whole number, or null. */
export function parseCount(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.replace(/[_,]/g, ''));
  if (!match) return null;
  const n = Number(match[1]) * ({ k: 1e3, m: 1e6 }[match[2].toLowerCase() as 'k' | 'm'] ?? 1);
  return Number.isInteger(n) && n > 0 ? n : null;
}
