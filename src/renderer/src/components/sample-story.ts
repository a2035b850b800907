import type { InputOf } from '../../../shared/contract';

/** The tag that marks the sample: a tag, not a stored field, so no migration is needed. */
export const SAMPLE_TAG = 'sample';

/** How long ago the sample happened: recent enough for any story-age setting. */
const SAMPLE_MONTHS_AGO = 8;

/** "2025-03" for the month `monthsAgo` before `today`, in the person's own calendar. */
function monthsBefore(today: Date, monthsAgo: number): string {
  const index = today.getFullYear() * 12 + today.getMonth() - monthsAgo;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * A good STAR story to read before writing one's own, offered on an empty bank. Written to
 * pass every check at the default thresholds (tests/renderer/sample-story.test.ts runs them):
 * a headline, a brief setting, an Action in the first person that is the bulk of it, a
 * measured Result, two principles and a recent date. The date is worked out from `today`, so
 * the sample never ages into a "dated" warning. Mapped only to principles the bank holds: a
 * mapping to a principle no set holds is refused by the store.
 */
export function sampleStory(
  today: Date,
  knownPrincipleIds: ReadonlySet<string>,
): InputOf<'stories:create'> {
  const principles = [
    { principleId: 'dive-deep', strength: 'primary' as const },
    { principleId: 'customer-obsession', strength: 'secondary' as const },
  ].filter((mapping) => knownPrincipleIds.has(mapping.principleId));
  return {
    title: 'Sample: Failed checkouts traced to a payment timeout',
    headline:
      'I traced a doubling of failed checkouts to a payment timeout nobody was watching, and cut failures by 60% in five weeks.',
    situation:
      'I was the product manager for checkout at a grocery delivery app. Over one quarter, failed checkouts doubled. Support filed them as customer error, and the weekly dashboard showed only the total.',
    task: 'Checkout conversion was my goal, so finding the cause and fixing it before the holiday peak was mine to own.',
    action: [
      'I started with customers rather than the dashboard. I read 80 support tickets and listened to six call recordings, and one detail kept coming back: the spinner ran for a long time before the error appeared.',
      'I pulled the payment logs myself and joined them to checkout events by order number. Failures clustered at exactly 30 seconds, the default timeout in the payment client, and nine in ten came from older Android phones on slow mobile networks.',
      'I wrote a one-page proposal with that evidence: raise the timeout, retry once with the same idempotency key so nobody is charged twice, and keep the basket when a payment fails. I walked the payments engineers through the data, agreed a two-week plan with their lead, and ran the change as an A/B test on 10% of traffic before rolling it out to everyone.',
    ].join('\n\n'),
    result:
      'Failed checkouts fell by 60%, from 4.1% to 1.6% of attempts, and completed orders rose 3% in the test group, about $40k a week. I added a timeout alarm to the payments dashboard, and support now tags slow-payment tickets on their own.',
    learnings:
      'Read what customers say before trusting how a dashboard sorts their problems; a category can hide a cause.',
    metrics: 'Failed checkouts 4.1% → 1.6%; completed orders +3%; about $40k a week.',
    company: 'A grocery delivery app',
    role: 'Product manager, checkout',
    when: monthsBefore(today, SAMPLE_MONTHS_AGO),
    project: 'Checkout reliability',
    tags: [SAMPLE_TAG],
    principles,
    status: 'ready',
  };
}
