/**
 * Maximum-weight one-to-one assignment (Hungarian algorithm, O(n³)) on a rows × cols weight matrix where
 * `null` means "may not be paired". Returns the chosen [row, col] pairs. Articles hold a handful of incidents,
 * so the padded square matrix stays tiny.
 */
export function assignMaxWeight(weights: (number | null)[][]): [number, number][] {
  const rows = weights.length;
  const cols = rows ? weights[0].length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  let maxW = 0;
  for (const row of weights) for (const w of row) if (w !== null && w > maxW) maxW = w;
  // Minimise cost = maxW - weight; forbidden and padding cells cost maxW (same as leaving unpaired).
  const cost = (i: number, j: number): number => {
    const w = i < rows && j < cols ? weights[i][j] : null;
    return w === null ? maxW : maxW - w;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    const c = j - 1;
    if (i < rows && c < cols && weights[i][c] !== null) pairs.push([i, c]);
  }
  return pairs;
}
