import { emptyStoryContent } from '../../../src/core/model/bank';
import { DEFAULT_SETTINGS, type Settings, type StoryContent } from '../../../src/core/model/schema';
import { runChecks, type CheckResult } from '../../../src/core/quality';

/** A fixed "today" in local time, mid-month so no time zone moves it to another month. */
export const TODAY = new Date(2026, 2, 15, 12, 0, 0);

/** `count` filler words that are neither pronouns nor numbers. */
export const filler = (count: number) => Array.from({ length: count }, () => 'launch').join(' ');

/** A story that passes every check with the default settings (about 2 minutes spoken). */
export function goodStory(changes: Partial<StoryContent> = {}): StoryContent {
  return {
    ...emptyStoryContent('Checkout latency'),
    headline: 'I halved checkout latency before the EU launch.',
    situation: filler(40),
    task: filler(30),
    action: `I led it and I owned it, with my team. ${filler(170)}`,
    result: `Latency fell by 40%. ${filler(36)}`,
    when: '2025-06',
    principles: [
      { principleId: 'deliver-results', strength: 'primary' },
      { principleId: 'dive-deep', strength: 'secondary' },
    ],
    ...changes,
  };
}

/** The one result with `id`, failing the test when there is none. */
export function check(
  story: StoryContent,
  id: string,
  settings: Partial<Settings> = {},
  today = TODAY,
): CheckResult {
  const found = runChecks(story, { ...DEFAULT_SETTINGS, ...settings }, today).find(
    (result) => result.id === id,
  );
  if (!found) throw new Error(`runChecks returned no "${id}"`);
  return found;
}
