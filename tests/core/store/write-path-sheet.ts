import fc from 'fast-check';
import type { Bank } from '../../../src/core/model/schema';

/*
 * The spreadsheet import for the write-path property test (write-path.property.test.ts): a
 * pasted range with titles the bank already has or not, principle names real, misspelled and
 * made up, months readable and not, added or merged, with choices for what did not match
 * that may name a principle no set holds.
 */

interface Shared {
  index: fc.Arbitrary<number>;
  text: fc.Arbitrary<string>;
  pick: <T>(items: readonly T[], index: number) => T | undefined;
}

const cell = (value: string) => value.replace(/[\t\r\n]/g, ' ');

export function sheetCommands<C>(
  call: <T>(channel: string, arb: fc.Arbitrary<T>, input: (args: T, bank: Bank) => unknown) => C,
  { index, text, pick }: Shared,
): C[] {
  const row = fc.record({
    story: fc.option(index),
    title: text,
    principle: fc.oneof(
      index.map((i) => ({ i })),
      fc.constantFrom('Dive Deeep', 'bias for action (secondary)', 'Teamwork', 'CO; DD', ''),
    ),
    when: fc.constantFrom('2024-03', 'March 2023', 'last spring', '2024-13', ''),
    action: text,
  });
  return [
    call(
      'sheet:import',
      fc.record({
        rows: fc.array(row, { minLength: 1, maxLength: 3 }),
        mode: fc.constantFrom('add', 'merge'),
        choice: fc.constantFrom('tag', 'drop', 'made-up', 'customer-obsession'),
      }),
      (a, bank) => {
        const names = bank.principleSets.flatMap((set) => set.principles.map((p) => p.name));
        const lines = a.rows.map((r) =>
          [
            r.story === null ? r.title : (pick(bank.stories, r.story)?.title ?? r.title),
            typeof r.principle === 'string' ? r.principle : (pick(names, r.principle.i) ?? ''),
            r.when,
            r.action,
          ]
            .map(cell)
            .join('\t'),
        );
        return {
          source: { kind: 'pasted', chunks: [['Title\tLP\tWhen\tAction', ...lines].join('\n')] },
          mode: a.mode,
          principles: { teamwork: a.choice, 'dive deeep': a.choice },
        };
      },
    ),
  ];
}
