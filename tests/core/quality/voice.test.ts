import { describe, expect, it } from 'vitest';
import { countVoice } from '../../../src/core/quality/voice';
import { check, goodStory } from './fixtures';

const voice = (action: string, minIPerWe?: number) =>
  check(goodStory({ action }), 'i-not-we', minIPerWe === undefined ? {} : { minIPerWe });

describe('countVoice', () => {
  it('counts every form of "I" and "we", whole words, any case', () => {
    expect(countVoice("I, I'm, I've, I'd, I'll, me, my, myself")).toEqual({ i: 8, we: 0 });
    expect(countVoice("We, we're, we've, we'd, we'll, us, our, ours, ourselves")).toEqual({
      i: 0,
      we: 9,
    });
    expect(countVoice('WE agreed. My call. i did it.')).toEqual({ i: 2, we: 1 });
  });

  it('counts curly apostrophes like straight ones', () => {
    expect(countVoice('I’m sure I’ve told you we’re ready and we’ll ship')).toEqual({
      i: 2,
      we: 2,
    });
  });

  it('never counts letters inside other words', () => {
    const text =
      'weekly wear awesome answer Iowa myth usual mythical weird newer owe west ' +
      'useful bus pious ours-style mean ideas it is imagine music';
    expect(countVoice(text)).toEqual({ i: 0, we: 0 });
  });

  it('does not count "i.e.", hyphen-joined names or "US" the country', () => {
    expect(countVoice('i.e. the us-east-1 region, launched in the US')).toEqual({ i: 0, we: 0 });
    expect(countVoice('Us first; they asked us.')).toEqual({ i: 0, we: 2 });
  });

  it('counts across line breaks, and leaves quoted speech to whoever said it', () => {
    expect(countVoice('"We" said no.\nThen I said \'we\'\nand me')).toEqual({ i: 2, we: 1 });
    expect(countVoice('“We can’t ship this,” the VP said; I asked for a week.')).toEqual({
      i: 1,
      we: 0,
    });
  });
});

describe('i-not-we', () => {
  it('passes an Action told in "I"', () => {
    const outcome = voice('I mapped the funnel, I wrote the spec and my team built it.');
    expect(outcome.passed).toBe(true);
    expect(outcome.message).toBe('The Action says “I” 3 times: it is clearly yours.');
  });

  it('passes at exactly the ratio, and gives both counts', () => {
    const outcome = voice('I planned it, I ran it and we shipped it.');
    expect(outcome.passed).toBe(true);
    expect(outcome.message).toBe(
      'The Action says “we” once and “I” twice: it is clear what you did.',
    );
  });

  it('fails too many "we", with the counts and the aim in the message', () => {
    const outcome = voice(
      'We met, we planned, we agreed, our plan, us all. I wrote it, I shipped it, I did.',
    );
    expect(outcome.passed).toBe(false);
    expect(outcome.message).toBe(
      'The Action says “we” 5 times and “I” 3 times; say what you did (aim for at least 2 “I” per “we”).',
    );
  });

  it('fails an Action with no "I" at all', () => {
    expect(voice('The team shipped it.').message).toBe(
      'The Action never says “I”; say what you did yourself.',
    );
    expect(voice('We shipped it.').message).toContain('“we” once and “I” never');
    expect(voice('We shipped it.', 0).passed).toBe(false);
  });

  it('follows the ratio in settings', () => {
    const action = 'I did this, I did that, we did the rest.';
    expect(voice(action, 2).passed).toBe(true);
    expect(voice(action, 3).passed).toBe(false);
    expect(voice(action, 3).message).toContain('aim for at least 3 “I” per “we”');
    expect(voice('I did it; we did it too.', 1.5).passed).toBe(false);
  });

  it('leaves an empty Action to action-written', () => {
    expect(voice('')).toMatchObject({ passed: true, severity: 'problem', field: 'action' });
  });

  it('does not mistake "weekly" or "awesome" for "we"', () => {
    expect(voice('I ran weekly reviews and wrote an awesome answer doc.').passed).toBe(true);
  });
});
