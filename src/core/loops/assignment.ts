/**
 * The assignment problem, solved exactly: give each of `rows` one distinct column so that the
 * total cost is least. Rows may stay empty (at cost 0) when no column is allowed or none is
 * worth it, so a cost must be negative to be taken. The Hungarian method with potentials,
 * O(rows² · columns): 28 interview slots over 1,000 stories is under a million steps.
 */
export function assign(
  rows: number,
  columns: number,
  /** The cost of row i taking column j, or null when it may not. */
  cost: (row: number, column: number) => number | null,
): (number | null)[] {
  if (rows === 0) return [];
  // Each row also has a column of its own meaning "none", at cost 0.
  const width = columns + rows;
  const FORBIDDEN = 1e15;
  const at = (i: number, j: number): number => {
    if (j >= columns) return j - columns === i ? 0 : FORBIDDEN;
    const value = cost(i, j);
    return value === null ? FORBIDDEN : value;
  };
  // 1-based arrays as in the textbook method; column 0 is the virtual start.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(width + 1);
  const owner = new Int32Array(width + 1); // owner[j]: the row (1-based) holding column j
  const way = new Int32Array(width + 1);
  const minCost = new Float64Array(width + 1);
  const used = new Uint8Array(width + 1);
  for (let i = 1; i <= rows; i++) {
    owner[0] = i;
    let j0 = 0;
    minCost.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = owner[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= width; j++) {
        if (used[j]) continue;
        const reduced = at(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (reduced < minCost[j]!) {
          minCost[j] = reduced;
          way[j] = j0;
        }
        if (minCost[j]! < delta) {
          delta = minCost[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= width; j++) {
        if (used[j]) {
          u[owner[j]!]! += delta;
          v[j]! -= delta;
        } else minCost[j]! -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result: (number | null)[] = new Array(rows).fill(null);
  for (let j = 1; j <= columns; j++) {
    const row = owner[j]!;
    if (row > 0 && at(row - 1, j - 1) < FORBIDDEN) result[row - 1] = j - 1;
  }
  return result;
}
