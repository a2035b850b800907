import type { Check } from './types';
import { isBlank } from './text';

/*
 * Does the Result carry a measure an interviewer can remember? Digits ("40%", "$1.2M",
 * "3x", "2.5 hours", "€300k") or numbers in words ("twelve", "a third", "halved",
 * "three weeks"). Deliberately generous: a false "add a number" on a measured Result is
 * worse than missing a vague one, because this check is a problem, not a suggestion.
 */

// A digit run not glued to a letter or hyphen before it (Q3, H1, v2 and COVID-19 are names),
// with its currency and its unit when it has them, to quote it back as written.
const DIGITS = /(?<![\p{L}\p{N}-])([$€£¥]?)(\d[\d,.]*)(%|(?:bn|[kmbx])(?![\p{L}\p{N}]))?/giu;
// A bare year ("in 2023", "March 2024") dates the story; it does not measure the outcome.
const YEAR = /^(?:19|20)\d\d$/;
const YEAR_LEAD =
  /(?:\b(?:in|since|during|until|till|by|from|of|early|late|mid|Q[1-4]|H[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+|mid-)$/i;
const YEAR_LEAD_CHARS = 12;

const NUMBER_WORDS = [
  // "one" alone is usually a pronoun ("the new one"); it counts only with a unit, below.
  'zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen',
  'fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy',
  'eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?',
  '(?:a|one)[\\s-]+(?:half|third|quarter|fifth|tenth|hour|day|week|fortnight|month|year)',
  'half|halved|halving|halve|thirds|twice',
  'doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|quadrupl(?:e|ed|es|ing)',
  '(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)fold',
  'percent|per\\s+cent|percentage\\s+points?',
].join('|');
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUMBER_WORDS})(?![\\p{L}\\p{N}])`, 'iu');

/** The first measure in `text` as written, or null when there is none. */
export function findMeasure(text: string): string | null {
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) {
    const [whole, currency, , unit] = match;
    // The full stop after "rose to 40." ends the sentence, not the number.
    const quoted = unit ? whole : whole.replace(/[.,]+$/, '');
    if (currency || unit || !YEAR.test(quoted)) return quoted;
    const before = text.slice(Math.max(0, match.index - YEAR_LEAD_CHARS), match.index);
    if (!YEAR_LEAD.test(before)) return quoted;
  }
  return NUMBER_WORD.exec(text)?.[0] ?? null;
}

export const resultMeasurable: Check = {
  id: 'result-measurable',
  label: 'Result is measurable',
  severity: 'problem',
  field: 'result',
  run({ story }) {
    // An empty Result is reported once, by 'result-written'; asking for a number in text
    // that is not there yet would be a second red line for the same gap.
    if (isBlank(story.result)) {
      return { passed: true, message: 'Nothing to measure yet; write the Result first.' };
    }
    const measure = findMeasure(story.result);
    if (measure) return { passed: true, message: `The Result gives a measure: “${measure}”.` };
    if (findMeasure(story.metrics)) {
      return {
        passed: false,
        message: 'Your Metrics note has numbers; say the most telling one in the Result too.',
      };
    }
    return {
      passed: false,
      message:
        'Add a number to the Result: a before and after, a percentage, money saved or time cut.',
    };
  },
};
