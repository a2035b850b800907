import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBank, generatePractice } from '../../../bench/generate';
import { BankSchema } from '../../../src/core/model/schema';
import { bankReader } from '../../../src/core/store/parse-bank';

/*
 * The reader parses with BankSchema compiled by zod (z.compile), which is much faster on a long
 * practice log. It must accept, refuse, and say why exactly as BankSchema's own parse does.
 */

type Json = Record<PropertyKey, unknown>;
type Path = PropertyKey[];

const bank = generateBank(3);
bank.practice = generatePractice(bank.stories, 12);
const json = JSON.parse(JSON.stringify(bank)) as Json;

/** The path of every value in `value`, containers included. */
function pathsIn(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [at];
  const inner = Object.entries(value).flatMap(([key, item]) =>
    pathsIn(item, [...at, Array.isArray(value) ? Number(key) : key]),
  );
  return [at, ...inner];
}
const everywhere = pathsIn(json).filter((path) => path.length > 0);
const inPractice = everywhere.filter((path) => path[0] === 'practice');

/** Values the reader refuses somewhere, reads differently (untrimmed), or accepts. */
const odd = fc.constantFrom<unknown>(
  'removed',
  null,
  '',
  ' padded ',
  'x'.repeat(2_001),
  -1,
  0,
  1.5,
  4,
  3_601,
  true,
  {},
  [],
  [1, 2, 3, 4],
  [1, 2, 3],
  '2024-02-30T10:00:00Z',
  '2024-01-01T10:00:00+01:00',
  '2024-01-01T10:00:00',
  'take.mp3',
  'take.webm',
  'question',
  'story-0',
);

interface Edit {
  path: Path;
  value: unknown;
  /** Put the value under a key the schema does not know, beside the path's. */
  extraKey: boolean;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.oneof(fc.constantFrom(...inPractice), fc.constantFrom(...everywhere)),
  value: odd,
  extraKey: fc.boolean(),
});

function applyEdit(data: Json, { path, value, extraKey }: Edit): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)?.[key], data);
  if (typeof parent !== 'object' || parent === null) return;
  const key = path.at(-1)!;
  if (extraKey && !Array.isArray(parent)) (parent as Json).stray = value;
  else if (value === 'removed' && !Array.isArray(parent)) delete (parent as Json)[key];
  else (parent as Json)[key] = value;
}

describe('the compiled reader', () => {
  it('reads a bank exactly as BankSchema does, whatever is changed in it', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const data = structuredClone(json);
        for (const one of edits) applyEdit(data, one);
        const runtime = BankSchema.safeParse(data);
        const compiled = bankReader().safeParse(data);
        expect(compiled.success).toBe(runtime.success);
        if (runtime.success) {
          expect(JSON.stringify(compiled.data)).toBe(JSON.stringify(runtime.data));
        } else {
          expect(compiled.error!.issues).toEqual(runtime.error.issues);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});
