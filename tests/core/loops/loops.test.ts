import { describe, expect, it } from 'vitest';
import { askedFirst, askedKey, askedQuestions } from '../../../src/core/loops/debrief';
import { newLoop, planOfLoop, planRounds, toldBefore } from '../../../src/core/loops/loops';
import { newBank } from '../../../src/core/model/bank';
import type { Loop } from '../../../src/core/model/loop-schema';
import { bankRuleProblem } from '../../../src/core/model/rules';
import { amazonPrincipleSet } from '../../../src/core/principles/amazon-set';
import { testStory } from '../../story-factory';

const set = amazonPrincipleSet();
let n = 0;
const loop = (fields: Partial<Loop> = {}): Loop => ({
  ...newLoop(
    { name: 'Amazon PM', template: 'amazon-pm' },
    set,
    `loop-${++n}`,
    '2026-11-01T10:00:00.000Z',
    () => `r${++n}`,
  ),
  ...fields,
});

describe('a new loop from the Amazon PM template', () => {
  it('has five rounds that split all 16 principles, at most four each, one a Bar Raiser', () => {
    const template = loop();
    expect(template.company).toBe('Amazon');
    expect(template.rounds).toHaveLength(5);
    const all = template.rounds.flatMap((round) => round.principleIds);
    expect(new Set(all).size).toBe(16);
    expect(all.sort()).toEqual(set.principles.map((p) => p.id).sort());
    for (const round of template.rounds) expect(round.principleIds.length).toBeLessThanOrEqual(4);
    expect(template.rounds.filter((round) => round.kind === 'bar-raiser')).toHaveLength(1);
    expect(bankRuleProblem({ ...newBank(), loops: [template] })).toBeNull();
  });
});

describe('rounds as the planner takes them', () => {
  it('give a round without principles the most-asked ones no other round has', () => {
    const base = loop();
    const rounds = [
      { ...base.rounds[0]!, principleIds: ['ownership'] },
      { ...base.rounds[1]!, principleIds: [] },
    ];
    const planned = planRounds({ ...base, rounds }, set);
    // Asked very often and not taken: Customer Obsession first, then the next in set order.
    expect(planned[1]!.principleIds).toEqual(['customer-obsession', 'are-right-a-lot']);
  });
});

describe('a story told to the company before', () => {
  it('is remembered from the debriefs of earlier loops there, and avoided', () => {
    const earlier = loop({ company: 'Amazon ' });
    earlier.rounds[0] = {
      ...earlier.rounds[0]!,
      debrief: {
        asked: [
          { principleId: 'ownership', text: 'Tell me about owning a problem.', storyId: 'told' },
        ],
        rating: 3,
        notes: '',
      },
    };
    const now = loop({ company: 'amazon' });
    now.rounds = [{ ...now.rounds[0]!, principleIds: ['ownership'] }];
    const bank = { ...newBank(), loops: [earlier, now] };
    expect([...toldBefore(bank, now)]).toEqual(['told']);
    bank.stories = [
      testStory('told', {
        principles: [{ principleId: 'ownership', strength: 'primary' }],
        status: 'ready',
      }),
      testStory('fresh', { principles: [{ principleId: 'ownership', strength: 'secondary' }] }),
    ];
    const plan = planOfLoop(bank, now, new Date('2026-12-01T00:00:00Z'));
    expect(plan.slots[0]).toMatchObject({ main: 'fresh', backup: 'told' });
  });

  it('between two equal stories, plans the one rehearsed aloud as the main', () => {
    const round = loop();
    round.rounds = [{ ...round.rounds[0]!, principleIds: ['ownership'] }];
    const equal = { principles: [{ principleId: 'ownership', strength: 'primary' as const }] };
    const bank = {
      ...newBank(),
      loops: [round],
      stories: [testStory('a', equal), testStory('b', equal)],
    };
    const today = new Date('2026-12-01T00:00:00Z');
    expect(planOfLoop(bank, round, today).slots[0]).toMatchObject({ main: 'a', backup: 'b' });
    bank.practice = [
      {
        id: 'p1',
        storyId: 'b',
        card: 'story',
        at: '2026-11-30T10:00:00.000Z',
        seconds: 120,
        rating: 3,
      },
    ];
    expect(planOfLoop(bank, round, today).slots[0]).toMatchObject({ main: 'b', backup: 'a' });
  });

  it('keeps round ids distinct within a loop', () => {
    const twice = loop();
    twice.rounds[1] = { ...twice.rounds[1]!, id: twice.rounds[0]!.id };
    expect(bankRuleProblem({ ...newBank(), loops: [twice] })).toContain('two rounds with the id');
  });
});

describe('questions asked in a loop', () => {
  it('come first in the principle’s list, with where they were asked', () => {
    const asked = loop({ company: 'Acme', at: '2026-12-01T09:00' });
    asked.rounds[0] = {
      ...asked.rounds[0]!,
      debrief: {
        asked: [{ principleId: 'ownership', text: ' Second? ', storyId: null }],
        rating: null,
        notes: '',
      },
    };
    const where = askedQuestions({ loops: [asked] });
    const questions = [{ text: 'First?' }, { text: 'second?' }];
    expect(askedFirst('ownership', questions, where).map((q) => q.text)).toEqual([
      'second?',
      'First?',
    ]);
    expect(where.get(askedKey('ownership', 'SECOND?'))).toEqual([
      { company: 'Acme', loopId: asked.id, at: '2026-12-01T09:00' },
    ]);
  });
});
