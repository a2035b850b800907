import type { Check } from './types';
import { isBlank, times } from './text';

/*
 * "I", not "we": the interviewer is hiring the candidate, not the team. Whole words only,
 * case-insensitive, straight or curly apostrophes ("I’m").
 *
 * Not a word boundary: a letter, digit or hyphen before ("weekly", "re-use"), or after
 * ("Iowa", "usual", "us-east-1"); an apostrophe then a letter after, unless it is one of the
 * contractions listed ("we's" is no pronoun); "i.e." is not "I".
 */
const BEFORE = "(?<![\\p{L}\\p{N}-]|[\\p{L}\\p{N}]['’])";
const AFTER = "(?![\\p{L}\\p{N}-]|['’]\\p{L}|\\.\\p{L})";
const I_WORDS = "i(?:['’](?:m|ve|d|ll))?|me|my|myself";
const WE_WORDS = "we(?:['’](?:re|ve|d|ll))?|us|our|ours|ourselves";
const PRONOUN = new RegExp(`${BEFORE}(?:(${I_WORDS})|(${WE_WORDS}))${AFTER}`, 'giu');

export interface VoiceCount {
  i: number;
  we: number;
}

/**
 * Quoted speech ("“We can’t ship this,” the VP said") is someone else's voice, and so is
 * neither the candidate's "I" nor their "we". Straight and curly double quotes only: a
 * single quote is as often an apostrophe.
 */
export const withoutQuotes = (text: string) => text.replace(/“[^”]*”|"[^"\n]*"/g, ' ');

export function countVoice(text: string): VoiceCount {
  text = withoutQuotes(text);
  let i = 0;
  let we = 0;
  PRONOUN.lastIndex = 0;
  for (let match = PRONOUN.exec(text); match !== null; match = PRONOUN.exec(text)) {
    if (match[1] !== undefined) i++;
    // "US" in capitals is the country ("launched in the US"); a candidate writing the
    // pronoun writes "us" or "Us". An all-caps "WE" stays a "we".
    else if (match[2] !== 'US') we++;
  }
  return { i, we };
}

export const iNotWe: Check = {
  id: 'i-not-we',
  label: 'Says “I”, not “we”',
  severity: 'problem',
  field: 'action',
  run({ story, settings }) {
    if (isBlank(story.action)) {
      return { passed: true, message: 'Nothing to count yet; write the Action first.' };
    }
    const { i, we } = countVoice(story.action);
    const said = `The Action says “we” ${times(we)} and “I” ${times(i)}`;
    const aim = `aim for at least ${settings.minIPerWe} “I” per “we”`;
    if (i === 0 && we === 0) {
      return { passed: false, message: 'The Action never says “I”; say what you did yourself.' };
    }
    // "We" as often as "I", or more: the interviewer cannot tell what was yours. Between that
    // and the setting, it is a matter of emphasis.
    if (i === 0 || i < settings.minIPerWe * we) {
      return {
        passed: false,
        severity: i <= we ? 'problem' : 'suggestion',
        evidence: [`“we” ${times(we)}`, `“I” ${times(i)}`],
        message: `${said}; say what you did (${aim}).`,
      };
    }
    if (we === 0) {
      return { passed: true, message: `The Action says “I” ${times(i)}: it is clearly yours.` };
    }
    return { passed: true, message: `${said}: it is clear what you did.` };
  },
};
