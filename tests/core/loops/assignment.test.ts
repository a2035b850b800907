import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../../../src/core/loops/assignment';

/** Every way to give rows distinct columns or nothing: the least total cost. */
function bruteForce(costs: (number | null)[][], columns: number): number {
  let best = Infinity;
  const taken = new Set<number>();
  const walk = (row: number, total: number) => {
    if (row === costs.length) {
      best = Math.min(best, total);
      return;
    }
    walk(row + 1, total);
    for (let j = 0; j < columns; j++) {
      const cost = costs[row]![j];
      if (cost === null || cost === undefined || taken.has(j)) continue;
      taken.add(j);
      walk(row + 1, total + cost);
      taken.delete(j);
    }
  };
  walk(0, 0);
  return best;
}

describe('the assignment solver', () => {
  it('finds the least total cost, rows left empty where nothing is allowed or worth it', () => {
    const instance = fc
      .record({ rows: fc.integer({ min: 0, max: 5 }), columns: fc.integer({ min: 0, max: 6 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          columns: fc.constant(columns),
          costs: fc.array(
            fc.array(fc.option(fc.integer({ min: -50, max: 20 }), { freq: 3 }), {
              minLength: columns,
              maxLength: columns,
            }),
            { minLength: rows, maxLength: rows },
          ),
        }),
      );
    fc.assert(
      fc.property(instance, ({ costs, columns }) => {
        const result = assign(costs.length, columns, (i, j) => costs[i]![j] ?? null);
        const used = result.filter((j) => j !== null);
        expect(new Set(used).size).toBe(used.length);
        let total = 0;
        result.forEach((j, i) => {
          if (j === null) return;
          expect(costs[i]![j]).not.toBeNull();
          total += costs[i]![j]!;
        });
        expect(total).toBe(bruteForce(costs, columns));
      }),
      { numRuns: 1_000 },
    );
  });
});
