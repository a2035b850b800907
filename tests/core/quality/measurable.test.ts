import { describe, expect, it } from 'vitest';
import { findMeasure } from '../../../src/core/quality/measurable';
import { check, goodStory } from './fixtures';

const measurable = (result: string, metrics = '') =>
  check(goodStory({ result, metrics }), 'result-measurable');

describe('result-measurable', () => {
  it.each([
    'Checkout got 3x faster.',
    'Conversion rose 40%.',
    'We saved $1.2M a year.',
    'It cut vendor spend by €300k.',
    'Reviews now take 2.5 hours instead of two days.',
    'Churn fell from 8 to 5 per cent.',
    'Support tickets halved.',
    'Sign-ups doubled within the quarter.',
    'The backlog tripled, then cleared.',
    'Twelve teams adopted it.',
    'Onboarding dropped by a third.',
    'Costs fell by twenty-five percent.',
    'Errors went to zero.',
    'It took a week instead of a month.',
    'Revenue grew tenfold.',
  ])('passes a measured Result: %s', (result) => {
    const outcome = measurable(result);
    expect(outcome.passed).toBe(true);
    expect(outcome.message).toContain('The Result shows an effect');
  });

  it.each([
    ['I ran 32 customer interviews and wrote a 45-page report.', '“32”, “45”'],
    ['We shipped 14 features in 3 sprints.', '“14”, “3”'],
    ['I presented the plan to 40 executives.', '“40”'],
    ['All 212 services moved on their planned dates.', '“212”'],
    ['Training completion reached 100% by the deadline.', '“100%”'],
    ['We shipped three weeks early.', '“three”'],
  ])('fails a Result that counts activity, not its effect: %s', (result, quoted) => {
    const outcome = measurable(result);
    expect(outcome.passed).toBe(false);
    expect(outcome.severity).toBe('problem');
    expect(outcome.message).toBe(
      `The Result counts what was done (${quoted}), not what it changed; add the effect on customers or the business: a before and after, a rate, money, time saved or adoption.`,
    );
  });

  it.each([
    'I ran 14 experiments; trial conversion rose from 4.1% to 5.6%.',
    'Delivery went from four days to one.',
    'It saves about two million dollars a year.',
    'Support tickets fell by 30% after I interviewed 12 customers.',
    'Meeting time fell by 40%.',
    '4,000 new subscribers signed up in the first month.',
  ])('passes activity with a real effect beside it: %s', (result) => {
    expect(measurable(result).passed).toBe(true);
  });

  it.each([
    'The launch went well and the customer was happy.',
    'We shipped it in Q3.',
    'It was adopted in 2023.',
    'Launched in March 2024, and the team was proud.',
    'The new one works better; everyone uses it now.',
    'Handled the COVID-19 response calmly.',
    'Often, tenants weigh the options.',
  ])('fails a Result without a measure: %s', (result) => {
    const outcome = measurable(result);
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe(
      'Add a number to the Result: a before and after, a percentage, money saved or time cut.',
    );
  });

  it('counts a four-figure amount that is not a date as a measure', () => {
    expect(measurable('We saved 2000 hours a year.').passed).toBe(true);
    expect(measurable('Revenue reached 2023 units in 2024.').passed).toBe(true);
  });

  it('quotes the measure it found, without a closing full stop', () => {
    expect(measurable('Sales rose to 40.').message).toBe('The Result shows an effect: “40”.');
    expect(findMeasure('Saved $1.2M.')).toBe('$1.2M');
    expect(findMeasure('Up 3x, then 40%.')).toBe('3x');
    expect(findMeasure('Cut €300k in 2024.')).toBe('€300k');
    expect(findMeasure('Support tickets halved.')).toBe('halved');
  });

  it('points at numbers kept in Metrics when the Result has none', () => {
    const outcome = measurable('The launch went well.', 'p95 from 900 ms to 420 ms');
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toContain('Metrics note has numbers');
  });

  it('leaves an empty Result to result-written, so one gap is reported once', () => {
    const outcome = measurable('  \n ');
    expect(outcome.passed).toBe(true);
    expect(outcome.message).toBe('Not judged yet: write the Result first.');
    expect(check(goodStory({ result: '' }), 'result-written').passed).toBe(false);
  });

  it('reads across line breaks', () => {
    expect(measurable('Tickets went down\nby\n40%').passed).toBe(true);
  });
});
