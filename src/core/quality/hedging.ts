import type { Check } from './types';
import { countWords, plural } from './text';
import { withoutQuotes } from './voice';
import { toldParts } from '../model/told-parts';

/*
 * Hedges and fillers: "I think", "kind of", "maybe", "basically". Written into a story they
 * get said in the room, and they make the candidate sound unsure of their own work. Quoted
 * speech is someone else's and is left alone, as are the nouns ("a new kind of pricing").
 */

const HEDGES = [
  'i\\s+think',
  'i\\s+guess',
  'i\\s+suppose',
  'i\\s+feel\\s+like',
  'kind\\s+of',
  'sort\\s+of',
  'kinda',
  'sorta',
  'more\\s+or\\s+less',
  'you\\s+know',
  'pretty\\s+much',
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'basically',
  'literally',
  'somewhat',
  'hopefully',
  'i\\s+mean',
];
// "a new kind of", "the sort of", "what kind of": the noun, not the hedge.
const NOUN_BEFORE =
  /\b(?:a|an|the|this|that|these|those|what|which|every|each|any|new|same|different|right|wrong|one|some|other)\s+$/i;
const HEDGE = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${HEDGES.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Hedges as written, in order. */
export function findHedges(text: string): string[] {
  const plain = withoutQuotes(text);
  const found: string[] = [];
  HEDGE.lastIndex = 0;
  for (let match = HEDGE.exec(plain); match !== null; match = HEDGE.exec(plain)) {
    const word = match[0].toLowerCase();
    if (
      /^(kind|sort)/.test(word) &&
      NOUN_BEFORE.test(plain.slice(Math.max(0, match.index - 12), match.index))
    ) {
      continue;
    }
    found.push(match[0].replace(/\s+/g, ' '));
  }
  return found;
}

/** From this many, or this share of the words, hedging is how the story sounds: a problem. */
export const HEDGES_FOR_PROBLEM = 3;
export const HEDGE_SHARE_FOR_PROBLEM = 0.02;

export const plainWords: Check = {
  id: 'no-hedges',
  label: 'Says it plainly',
  severity: 'suggestion',
  field: null,
  run({ story, words }) {
    const text = toldParts(story).join('\n');
    const hedges = findHedges(text);
    if (hedges.length === 0) {
      return { passed: true, message: 'No hedges or fillers: it sounds sure of itself.' };
    }
    const many =
      hedges.length >= HEDGES_FOR_PROBLEM ||
      hedges.length / Math.max(1, words.total + countWords(story.headline)) >=
        HEDGE_SHARE_FOR_PROBLEM;
    const quoted = [...new Set(hedges.map((hedge) => `“${hedge}”`))].join(', ');
    return {
      passed: false,
      severity: many ? 'problem' : 'suggestion',
      evidence: hedges,
      message: `${plural(hedges.length, 'hedge or filler', 'hedges and fillers')} (${quoted}); say what you did and what happened without softening it.`,
    };
  },
};
