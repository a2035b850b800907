import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../../src/core/model/bank';
import type { Bank, PrincipleSet } from '../../../src/core/model/schema';
import { setFileText } from '../../../src/core/principles/set-file';
import { parseBank } from '../../../src/core/store/parse-bank';
import { recordingsDir } from '../../../src/core/store/recordings';
import { BankStore } from '../../../src/core/store/store';
import { testClient } from '../../dispatch-client';
import { tempDir, testStory } from '../../helpers';
import { practiceCommands, toldBank } from './write-path-practice';
import { sheetCommands } from './write-path-sheet';

/*
 * Random sequences of contract calls, sensible and not: after every step the file on disk
 * passes the reader and holds the bank in memory, a refused call leaves the bank exactly as
 * it was, every recording a rehearsal names is on disk, and reopening the folder gives the
 * same bank.
 */

type Client = Awaited<ReturnType<typeof testClient>>;
type Input = (bank: Bank) => unknown;

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length ? items[index % items.length] : undefined;
const storyId = (bank: Bank, i: number) => pick(bank.stories, i)?.id ?? 'no-such-story';
const setOf = (bank: Bank, i: number) => pick(bank.principleSets, i)!;
const principleIds = (bank: Bank) =>
  bank.principleSets.flatMap((set) => set.principles.map((p) => p.id));
const principleId = (bank: Bank, i: number, made: boolean) =>
  made ? 'made-up' : (pick(principleIds(bank), i) ?? 'made-up');

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', '   ', ' padded ', 'é\u0301', 'x'.repeat(130), 'y'.repeat(201)),
);
const strength = fc.constantFrom('primary', 'secondary', null);
const index = fc.nat({ max: 1_000 });

class Call implements fc.AsyncCommand<object, Client> {
  constructor(
    readonly channel: string,
    readonly input: Input,
  ) {}
  check = () => true;
  async run(_model: object, client: Client) {
    const before = client.store.bank;
    const answer = await client.raw(this.channel, this.input(before));
    if (!answer.ok) expect(client.store.bank).toBe(before);

    const outcome = parseBank(await readFile(join(client.dataDir, 'storybank.json'), 'utf8'));
    if (!outcome.ok) throw new Error(`after ${this.toString()}: ${outcome.problem}`);
    expect(outcome.bank).toEqual(client.store.bank);
    for (const entry of client.store.bank.practice) {
      if (entry.recording) await access(join(recordingsDir(client.dataDir), entry.recording));
    }
  }
  toString = () => this.channel;
}

const call = <T>(channel: string, arb: fc.Arbitrary<T>, input: (args: T, bank: Bank) => unknown) =>
  arb.map((args) => new Call(channel, (bank) => input(args, bank)));

const commands = [
  call(
    'stories:create',
    fc.record({ title: text, tags: fc.array(text, { maxLength: 3 }) }),
    (a) => a,
  ),
  call(
    'stories:update',
    fc.record({
      story: index,
      title: fc.option(text),
      principles: fc.option(
        fc.array(
          fc.record({
            i: index,
            made: fc.boolean(),
            strength: fc.constantFrom('primary', 'secondary'),
          }),
          {
            maxLength: 4,
          },
        ),
      ),
      followUpIds: fc.option(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 })),
      when: fc.option(fc.constantFrom('2024-03', '2024-13', null)),
    }),
    (a, bank) => ({
      id: storyId(bank, a.story),
      changes: {
        ...(a.title !== null && { title: a.title }),
        ...(a.when !== null && { when: a.when }),
        ...(a.principles && {
          principles: a.principles.map((m) => ({
            principleId: principleId(bank, m.i, m.made),
            strength: m.strength,
          })),
        }),
        ...(a.followUpIds && {
          followUps: a.followUpIds.map((id) => ({ id, question: 'Why?', answer: '' })),
        }),
      },
    }),
  ),
  call(
    'stories:setMapping',
    fc.record({ story: index, p: index, made: fc.boolean(), strength }),
    (a, bank) => ({
      storyId: storyId(bank, a.story),
      principleId: principleId(bank, a.p, a.made),
      strength: a.strength,
    }),
  ),
  ...(['stories:delete', 'stories:restore', 'stories:duplicate'] as const).map((channel) =>
    call(channel, index, (i, bank) => ({ id: storyId(bank, i) })),
  ),
  call('trash:empty', fc.constant(null), () => ({})),
  call('principleSets:create', fc.record({ name: text, copy: fc.option(index) }), (a, bank) => ({
    name: a.name,
    copyOf: a.copy === null ? null : setOf(bank, a.copy).id,
  })),
  call('principleSets:rename', fc.record({ set: index, name: text }), (a, bank) => ({
    setId: setOf(bank, a.set).id,
    name: a.name,
  })),
  ...(
    ['principleSets:delete', 'principleSets:setActive', 'principleSets:restoreBuiltIn'] as const
  ).map((channel) => call(channel, index, (i, bank) => ({ setId: setOf(bank, i).id }))),
  call(
    'principleSets:import',
    fc.record({ set: index, name: text, dupe: fc.boolean() }),
    (a, bank) => {
      const source: PrincipleSet = setOf(bank, a.set);
      const principles = a.dupe
        ? [...source.principles, ...source.principles.slice(0, 1)]
        : source.principles;
      return { file: JSON.parse(setFileText({ ...source, name: a.name, principles })) };
    },
  ),
  call('principles:add', fc.record({ set: index, name: text }), (a, bank) => ({
    setId: setOf(bank, a.set).id,
    name: a.name,
  })),
  call(
    'principles:update',
    fc.record({
      set: index,
      p: index,
      name: fc.option(text),
      questionIds: fc.array(fc.constantFrom('q1', 'q2'), { maxLength: 3 }),
    }),
    (a, bank) => {
      const set = setOf(bank, a.set);
      return {
        setId: set.id,
        principleId: pick(set.principles, a.p)?.id ?? 'made-up',
        changes: {
          ...(a.name !== null && { name: a.name }),
          questions: a.questionIds.map((id) => ({ id, text: 'Tell me about a time…' })),
        },
      };
    },
  ),
  call('principles:remove', fc.record({ set: index, p: index }), (a, bank) => {
    const set = setOf(bank, a.set);
    return { setId: set.id, principleId: pick(set.principles, a.p)?.id ?? 'made-up' };
  }),
  call(
    'principles:reorder',
    fc.record({ set: index, reverse: fc.boolean(), drop: fc.boolean() }),
    (a, bank) => {
      const set = setOf(bank, a.set);
      const order = set.principles.map((p) => p.id);
      if (a.reverse) order.reverse();
      if (a.drop) order.pop();
      return { setId: set.id, order };
    },
  ),
  call(
    'settings:update',
    fc.record({
      min: fc.integer({ min: 15, max: 600 }),
      max: fc.integer({ min: 30, max: 900 }),
      name: text,
    }),
    (a) => ({
      changes: { minSpeakingSeconds: a.min, maxSpeakingSeconds: a.max, candidateName: a.name },
    }),
  ),
  call('loops:create', fc.record({ name: text, blank: fc.boolean() }), (a) => ({
    name: a.name,
    template: a.blank ? 'blank' : 'amazon-pm',
  })),
  call(
    'loops:update',
    fc.record({
      loop: index,
      rounds: fc.array(
        fc.record({ id: fc.constantFrom('r1', 'r2', 'r3'), p: fc.array(index, { maxLength: 5 }) }),
        { maxLength: 3 },
      ),
    }),
    (a, bank) => ({
      id: pick(bank.loops, a.loop)?.id ?? 'no-such-loop',
      changes: {
        rounds: a.rounds.map((round) => ({
          id: round.id,
          interviewer: '',
          interviewerRole: '',
          kind: 'peer',
          principleIds: round.p.map((i) => principleId(bank, i, false)),
          notes: '',
          debrief: null,
        })),
      },
    }),
  ),
  call('loops:pin', fc.record({ loop: index, round: index, story: index, p: index }), (a, bank) => {
    const loop = pick(bank.loops, a.loop);
    return {
      loopId: loop?.id ?? 'no-such-loop',
      roundId: pick(loop?.rounds ?? [], a.round)?.id ?? 'r1',
      principleId: principleId(bank, a.p, false),
      role: 'main',
      storyId: a.story % 4 === 0 ? null : storyId(bank, a.story),
    };
  }),
  call(
    'loops:debrief',
    fc.record({
      loop: index,
      round: index,
      p: index,
      story: index,
      text,
      rating: fc.constantFrom(1, 4, null),
    }),
    (a, bank) => {
      const loop = pick(bank.loops, a.loop);
      return {
        loopId: loop?.id ?? 'no-such-loop',
        roundId: pick(loop?.rounds ?? [], a.round)?.id ?? 'r1',
        debrief: {
          asked: [
            {
              principleId: principleId(bank, a.p, false),
              text: a.text,
              storyId: storyId(bank, a.story),
            },
          ],
          rating: a.rating,
          notes: '',
        },
      };
    },
  ),
  ...practiceCommands(call, { index, text, storyId, pick }),
  ...sheetCommands(call, { index, text, pick }),
  call('loops:delete', index, (i, bank) => ({ id: pick(bank.loops, i)?.id ?? 'no-such-loop' })),
  call(
    'bank:import',
    fc.record({ mode: fc.constantFrom('merge', 'replace'), dupe: fc.boolean(), extra: text }),
    (a, bank) => {
      const incoming = structuredClone(bank) as Bank;
      incoming.stories.push(testStory(`imported ${a.extra}`.trim()));
      if (a.dupe && incoming.stories[0]) incoming.stories.push(incoming.stories[0]);
      return { file: incoming, mode: a.mode };
    },
  ),
];

/** A bank at the edge of every limit: one more of anything must be refused, not saved. */
function bankNearLimits(): Bank {
  const bank = newBank();
  const wide: PrincipleSet = {
    id: 'wide',
    name: 'W'.repeat(120),
    builtIn: false,
    principles: Array.from({ length: 99 }, (_, i) => ({
      id: `w${i}`,
      name: `Wide ${i}`,
      description: '',
      frequency: 2,
      questions: [],
    })),
  };
  const small = Array.from({ length: 97 }, (_, i) => ({
    ...wide,
    id: `set-${i}`,
    name: `Set ${i}`,
    principles: [],
  }));
  bank.principleSets.push(wide, ...small);
  bank.stories.push(
    testStory('Mapped to the edge', {
      principles: wide.principles.map((p) => ({
        principleId: p.id,
        strength: 'secondary' as const,
      })),
    }),
  );
  return bank;
}

describe('the write path, under random sequences of calls', () => {
  it('never saves a bank the reader refuses, and reopening gives the same bank', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.commands(commands, { maxCommands: 40, size: 'max' }),
        async (nearLimits, steps) => {
          const dataDir = await tempDir();
          const start = nearLimits ? bankNearLimits() : toldBank();
          await writeFile(join(dataDir, 'storybank.json'), JSON.stringify(start));
          const client = await testClient({ dataDir });
          expect(client.store.bank.principleSets).toHaveLength(start.principleSets.length);
          await client.store.update((bank) => void (bank.settings.candidateName = 'Start'));
          await fc.asyncModelRun(() => ({ model: {}, real: client }), steps);
          const last = client.store.bank;
          await client.store.close();
          const reopened = await BankStore.open({ dataDir });
          try {
            expect(reopened.bank).toEqual(last);
            expect(reopened.currentNotices()).toEqual([]);
          } finally {
            await reopened.close();
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
