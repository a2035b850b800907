import { emptyStoryContent, newBank } from '../../../src/core/model/bank';
import type { Bank, Story } from '../../../src/core/model/schema';
import { newLoop } from '../../../src/core/loops/loops';
import { HOLDOUT } from '../quality/corpus/holdout';
import { SHAPE } from '../quality/corpus/shape';
import { SOUND_AND_CONTENT } from '../quality/corpus/sound-and-content';
import type { LabelledStory } from '../quality/corpus/types';

/**
 * A bank as a candidate would bring it to the pack: stories of ~280 words written by the
 * quality corpus (coaches' standard, 2–3 principles each), plus two with one real flaw each,
 * so "Still to fix" has something to say. The corpus is dated for December 2026.
 */

export const REALISTIC_TODAY = new Date(2026, 11, 1, 12);

const CORPUS: LabelledStory[] = [...SOUND_AND_CONTENT, ...SHAPE, ...HOLDOUT];

function toStory(labelled: LabelledStory, index: number): Story {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString();
  return {
    ...emptyStoryContent(labelled.story.title),
    status: 'ready',
    ...labelled.story,
    id: `story-${index + 1}`,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

/** `count` stories (at most 35): all sound but the last two, each flawed in one way. */
export function realisticBank(count: number): Bank {
  const sound = CORPUS.filter((item) => item.kind === 'sound');
  const flawed = [
    CORPUS.find((item) => item.kind === 'we-not-i')!,
    CORPUS.find((item) => item.kind === 'output-not-outcome')!,
  ];
  const chosen = [...sound.slice(0, count - 2), ...flawed];
  const bank = newBank();
  bank.settings = {
    ...bank.settings,
    candidateName: 'Jordan Rivera',
    targetRole: 'Senior Product Manager',
    targetCompany: 'Amazon',
  };
  bank.stories = chosen.map(toStory);
  // Flawed stories often lack their principles too; these keep them so coverage stays real.
  bank.stories.slice(-2).forEach((story, i) => {
    if (story.principles.length === 0) {
      story.principles = [
        { principleId: i ? 'deliver-results' : 'earn-trust', strength: 'primary' },
      ];
    }
  });
  let next = 0;
  const loop = newLoop(
    { name: 'Amazon Seattle onsite', at: '2026-12-14T09:30', template: 'amazon-pm' },
    bank.principleSets[0]!,
    'loop-1',
    '2026-11-20T10:00:00.000Z',
    () => `round-${++next}`,
  );
  bank.loops = [loop];
  return bank;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first `n` words of `text`, repeated as needed, ending with a full stop. */
function words(text: string, n: number): string {
  const source = text.split(/\s+/).filter(Boolean);
  const out = Array.from({ length: n }, (_, i) => source[i % source.length]!);
  return `${out.join(' ').replace(/[.,;:]$/, '')}.`;
}

/** Every word a story card prints of the story's own text. */
export function cardWords(story: Story): number {
  return [
    story.title,
    story.headline,
    story.situation,
    story.task,
    story.action,
    story.result,
    story.metrics,
    story.learnings,
    ...story.followUps.flatMap((f) => [f.question, f.answer]),
  ].reduce((sum, text) => sum + countWords(text), 0);
}

/** Rewrites `story` to a full card of exactly `total` words, follow-ups and lesson included. */
export function fillCard(story: Story, total: number): void {
  const prose = `${story.action} ${story.result}`;
  Object.assign(story, {
    headline: words(story.headline, 24),
    learnings: words(story.action, 18),
    metrics: 'Onboarding 4 days → 1; first-week bids doubled; document tickets halved',
    followUps: [
      { id: 'long-1', question: 'What did you do yourself?', answer: words(prose, 30) },
      { id: 'long-2', question: 'What would you do differently?', answer: words(prose, 25) },
    ],
  });
  const fixed = cardWords({ ...story, situation: '', task: '', action: '', result: '' });
  const rest = total - fixed;
  story.situation = words(story.situation, Math.round(rest * 0.15));
  story.task = words(story.task, Math.round(rest * 0.1));
  story.result = words(story.result, Math.round(rest * 0.2));
  story.action = words(
    prose,
    rest - countWords(story.situation) - countWords(story.task) - countWords(story.result),
  );
}
