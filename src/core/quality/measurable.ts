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
// "version 5.0", "phase 2", "November 18", "ward 7": a name or a date, not a measure.
const NAME_LEAD =
  /\b(?:version|release|v|phase|step|stage|round|sprint|tier|level|wave|gen|generation|model|series|room|ward|floor|gate|route|line|no\.?|number|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+$|#$/i;

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
const NUMBER_WORDS_ALL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${NUMBER_WORDS})(?![\\p{L}\\p{N}])`,
  'giu',
);
const NUMBER_WORDS_SOURCE = NUMBER_WORDS;

/** Every measure in `text` as written, with where it starts. */
export function findMeasures(text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) {
    const [whole, currency, , unit] = match;
    // The full stop after "rose to 40." ends the sentence, not the number.
    const quoted = unit ? whole : whole.replace(/[.,]+$/, '');
    const before = text.slice(Math.max(0, match.index - YEAR_LEAD_CHARS), match.index);
    if (!currency && !unit && NAME_LEAD.test(before)) continue;
    if (currency || unit || !YEAR.test(quoted) || !YEAR_LEAD.test(before)) {
      found.push({ text: quoted, index: match.index });
    }
  }
  NUMBER_WORDS_ALL.lastIndex = 0;
  for (let match = NUMBER_WORDS_ALL.exec(text); match; match = NUMBER_WORDS_ALL.exec(text)) {
    found.push({ text: match[0], index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first measure in `text` as written, or null when there is none. */
export function findMeasure(text: string): string | null {
  return findMeasures(text)[0]?.text ?? null;
}

/*
 * Outcome, not output. A number proves a Result only when it shows an effect on customers or
 * the business: a rate or a share, money, a multiple, a before and after, a change ("cut
 * onboarding to two days"), or a count of what customers did ("4,000 new subscribers"). A
 * count of the candidate's own activity ("32 customer interviews", "a 45-page report", "14
 * features in 3 sprints", "100% completion") or of the schedule ("on the planned date", "two
 * weeks early") is output: it says what was done, not what it changed.
 */
const words = (list: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${list})(?![\\p{L}\\p{N}])`, 'iu');
const EFFECT_VERB = words(
  [
    'r(?:ose|ise|isen|ising|aised)|gr(?:ew|ow|own|owing)|increas(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)',
    'reduc(?:e|ed|es|ing)|cut(?:s|ting)?|f(?:ell|all|allen|alling)|dropp(?:ed|ing)|declin(?:e|ed|ing)',
    'shr(?:ank|unk|inking)|improv(?:e|ed|es|ing)|sav(?:e|ed|es|ing)|lift(?:ed|ing)?|boost(?:ed|ing)?',
    'lower(?:ed|ing)?|shorten(?:ed|ing)?|sped\\s+up|speed(?:ed)?\\s+up|accelerat(?:e|ed|ing)',
    'doubl(?:e|ed|ing)|tripl(?:e|ed|ing)|halv(?:e|ed|ing)|climb(?:ed|ing)?|jump(?:ed|ing)?',
    'recover(?:ed|ing)?|retain(?:ed|ing)?|won|earn(?:ed|ing)?|generat(?:e|ed|ing)|brought\\s+in',
    'avoid(?:ed|ing)?|prevent(?:ed|ing)?|eliminat(?:e|ed|ing)|freed|exceed(?:ed|ing)?',
    'surpass(?:ed|ing)?|beat|outperform(?:ed|ing)?|renew(?:ed|ing)?|convert(?:ed|ing)?|adopt(?:ed|ing)?',
    'sign(?:ed)?\\s+up|activat(?:e|ed|ing)|upgrad(?:e|ed|ing)|churn(?:ed|ing)?|went\\s+(?:up|down|from)',
    'came\\s+down|(?:up|down)\\s+(?:by|from)|gain(?:ed|ing)?|added|grew|expand(?:ed|ing)?|lost|losing',
  ].join('|'),
);
const ACTIVITY_NOUN = words(
  [
    'interviews?|meetings?|pages?|slides?|decks?|documents?|docs?|reports?|memos?|workshops?',
    'sessions?|calls?|e-?mails?|surveys?|features?|sprints?|stories|epics?|prs?',
    'pull\\s+requests?|commits?|tests?|presentations?|executives?|stakeholders?|attendees',
    'dashboards?|experiments?|prototypes?|mock-?ups?|wireframes?|specs?|requirements?',
    'workstreams?|milestones?|services|micro-?services|endpoints?|trainings?|courses?|modules?',
    'classes|recordings?|reviews?|iterations?|releases?|tasks?|videos?|cards|posters|hours\\s+of',
  ].join('|'),
);
/** Doing the work: "closed 96 bugs", "trained 180 nurses", "wrote 3 briefs". */
const ACTIVITY_VERB = words(
  [
    'closed|fixed|resolved|wrote|written|ran|held|hosted|trained|coached|mentored|presented',
    'published|shipped|delivered|built|created|produced|organi[sz]ed|conducted|completed',
    'interviewed|reviewed|sent|migrated|moved|launched|drafted|designed|prototyped|tested',
    'ran\\s+through|led|facilitated|attended|visited|called|met\\s+with|printed|recorded',
  ].join('|'),
);
/** Rates of doing the work, not of its effect: "100% completion", "attendance of 90%". */
const ACTIVITY_RATE = words(
  'completion|completed|attendance|attended|participation|adherence|on\\s+(?:time|schedule|budget)|of\\s+the\\s+(?:plan|roadmap|scope|backlog)',
);
const OUTCOME_NOUN = words(
  [
    'users?|customers?|clients?|sign-?ups?|subscribers?|accounts?|buyers?|shoppers?|sellers?',
    'merchants?|subscribers|patients?|students?|learners?|downloads?|installs?|orders?',
    'transactions?|bookings?|deals?|renewals?|revenue|sales|arr|mrr|gmv|churn|retention',
    'conversion|nps|csat|satisfaction|adoption|engagement|dau|mau|wau|active|latency|uptime',
    'availability|errors?|defects?|bugs?|incidents?|outages?|complaints?|escalations?|refunds?',
    'chargebacks?|costs?|spend|margin|profit|savings?|attrition|turnover|dollars|euros|pounds',
    'faster|quicker|fewer|less|more|higher|lower|better|shorter|cheaper',
    'per\\s+cent|instead',
  ].join('|'),
);
const RATE_OR_MONEY =
  /[%$€£¥×]|\d(?:x|bn|k|m|b)$|fold$|^(?:half|halved|halving|halve|twice|thirds|doubl|tripl|quadrupl)|percent|per\s+cent|points?$|^(?:a|one)[\s-]+(?:half|third|quarter|fifth|tenth)/i;
const NEXT_WORDS = 4;
const WORDS_BEFORE = 6;
const FROM_TO = new RegExp(
  `\\bfrom\\s+(?:about\\s+|around\\s+|roughly\\s+|over\\s+|under\\s+)?[$€£]?(?:\\d|${NUMBER_WORDS_SOURCE}|one\\b)[^.;!?]{0,40}?\\bto\\s+(?:about\\s+|around\\s+|roughly\\s+|just\\s+|under\\s+|over\\s+)?[$€£]?(?:\\d|${NUMBER_WORDS_SOURCE}|one\\b|zero|none)`,
  'iu',
);

/** The clause around `index`: the sentence, cut at semicolons too. */
function clauseAt(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(...['. ', '; ', '! ', '? ', '\n'].map((end) => before.lastIndexOf(end)));
  const rest = text.slice(index);
  const ends = ['. ', '; ', '! ', '? ', '\n']
    .map((end) => rest.indexOf(end))
    .filter((at) => at >= 0);
  return text.slice(
    start < 0 ? 0 : start + 1,
    ends.length ? index + Math.min(...ends) : text.length,
  );
}

export interface ResultMeasures {
  /** The measures that show an effect, as written. */
  outcomes: string[];
  /** Measures of the candidate's own activity, or of nothing in particular. */
  outputs: string[];
}

export function weighMeasures(result: string): ResultMeasures {
  const outcomes: string[] = [];
  const outputs: string[] = [];
  for (const measure of findMeasures(result)) {
    const clause = clauseAt(result, measure.index);
    const at = clause.indexOf(measure.text);
    const after = clause
      .slice(at + measure.text.length)
      .split(/\s+/)
      .slice(0, NEXT_WORDS + 1)
      .join(' ');
    const before = clause.slice(0, Math.max(0, at)).split(/\s+/).slice(-WORDS_BEFORE).join(' ');
    const near = `${before} ${measure.text} ${after}`;
    // What the number counts decides first: "32 interviews" is work done, whatever verb.
    const lead = before.split(/\s+/).slice(-2).join(' ');
    const activity =
      ACTIVITY_NOUN.test(after) || ACTIVITY_RATE.test(near) || ACTIVITY_VERB.test(lead);
    const outcome =
      !activity &&
      (RATE_OR_MONEY.test(measure.text) ||
        FROM_TO.test(clause) ||
        EFFECT_VERB.test(near) ||
        OUTCOME_NOUN.test(near));
    (outcome ? outcomes : outputs).push(measure.text);
  }
  // "from four days to one": a before and after, whatever the words.
  if (outcomes.length === 0 && FROM_TO.test(result)) outcomes.push(FROM_TO.exec(result)![0]);
  return { outcomes, outputs };
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
      return { passed: true, judged: false, message: 'Not judged yet: write the Result first.' };
    }
    const { outcomes, outputs } = weighMeasures(story.result);
    if (outcomes.length) {
      return {
        passed: true,
        evidence: outcomes,
        message: `The Result shows an effect: “${outcomes[0]}”.`,
      };
    }
    if (outputs.length) {
      const quoted = outputs
        .slice(0, 3)
        .map((measure) => `“${measure}”`)
        .join(', ');
      return {
        passed: false,
        evidence: outputs,
        message: `The Result counts what was done (${quoted}), not what it changed; add the effect on customers or the business: a before and after, a rate, money, time saved or adoption.`,
      };
    }
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
