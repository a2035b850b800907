import { newLoop } from '../../../src/core/loops/loops';
import { newBank } from '../../../src/core/model/bank';
import type { Loop } from '../../../src/core/model/loop-schema';
import type {
  CardKind,
  PracticeEntry,
  PracticeRating,
} from '../../../src/core/model/practice-schema';
import type { Bank, Story } from '../../../src/core/model/schema';
import { testStory } from '../../story-factory';

/*
 * Banks for the rehearsal tests. Times are built in local time, as the schedule counts days
 * where the person is, so the tests hold in any time zone.
 */

/** `day` days after 1 March 2026 (negative: before), at `hour` local time. */
export const onDay = (day: number, hour = 10, minute = 0) =>
  new Date(2026, 2, 1 + day, hour, minute);

/** "2026-03-10T10:00": a loop's wall-clock time, as the bank keeps it. */
export function localDateTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `T${two(date.getHours())}:${two(date.getMinutes())}`
  );
}

/** A story with its Action written: a card to tell. */
export const toldStory = (title: string, overrides: Partial<Story> = {}): Story =>
  testStory(title, { action: 'I rebuilt the release checklist myself.', ...overrides });

/** A story the loop's plan will pick for Ownership: mapped to it. */
export const ownershipStory = (title: string, strength: 'primary' | 'secondary' = 'primary') =>
  toldStory(title, { principles: [{ principleId: 'ownership', strength }], status: 'ready' });

let entries = 0;

export function practised(
  storyId: string,
  card: CardKind,
  at: Date,
  rating: PracticeRating = 3,
  extra: Partial<PracticeEntry> = {},
): PracticeEntry {
  return {
    id: `entry-${++entries}`,
    storyId,
    card,
    at: at.toISOString(),
    seconds: 120,
    rating,
    ...extra,
  };
}

/** A loop at `at` whose only round asks for the given principles. */
export function loopAt(
  bank: Bank,
  at: Date | null,
  principleIds: string[] = ['ownership'],
  name = 'Acme PM',
): Loop {
  const set = bank.principleSets.find((candidate) => candidate.id === bank.activeSetId)!;
  const loop = newLoop(
    { name, company: 'Acme', at: at && localDateTime(at), template: 'blank' },
    set,
    `loop-${name}`,
    '2026-02-01T10:00:00.000Z',
    () => 'unused',
  );
  return {
    ...loop,
    rounds: principleIds.length
      ? [
          {
            id: 'round-1',
            interviewer: '',
            interviewerRole: 'Hiring manager',
            kind: 'hiring-manager',
            principleIds,
            notes: '',
            debrief: null,
          },
        ]
      : [],
  };
}

export function bankWith(stories: Story[], fields: Partial<Bank> = {}): Bank {
  return { ...newBank(), stories, ...fields };
}
