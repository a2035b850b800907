/**
 * A short working title from an interview question, for "Draft a story for this":
 * "Tell me about a time you changed a product decision because of what you learned directly
 * from customers." → "Customer Obsession: changed a product decision". The question itself is
 * kept whole as the story's target question; the title only has to be recognised in a list.
 */

/** The length a title should keep to; a long principle name still leaves the gist MIN_GIST. */
export const DRAFT_TITLE_CHARS = 60;
const MIN_GIST = 32;
/** How far past its budget the shortest whole phrase may run before words are dropped. */
const SLACK = 10;

/** Question openings, most specific first; only the first that matches is removed. */
const OPENINGS = [
  /^tell me about (?:a time|an occasion|a situation|the last time)(?: when| where| that)?\s+/i,
  /^(?:describe|share|walk me through) (?:a|an) (?:time|situation|occasion|example|moment|decision)(?: when| where| in which| that)?\s+/i,
  /^give (?:me )?an example of (?:a time )?(?:when |where |how )?/i,
  /^(?:describe|explain|share) how\s+/i,
  /^(?:tell me about|describe|share|walk me through)\s+/i,
];

/** Words that open a clause: a title may end before one, never inside the clause it opens. */
const CLAUSES = new Set(
  'because that which who when where while whether and but so without despite instead using after before during until'.split(
    ' ',
  ),
);
/** Words that open a phrase a title can do without ("to protect the customer", "by people…"). */
const PHRASES = new Set('to by for from with of into under between than beyond about'.split(' '));

/** Words a title never ends on: they promise more words ("within", "to show…"). */
const DANGLING = new Set(
  `and or but the a an to of what how with my your because just so that which who when where
  for from by on in at about than very really into under within outside inside across over
  against through beyond toward towards long show argue prove find understand decide realize`.split(
    /\s+/,
  ),
);
const dangling = (word: string) => DANGLING.has(word.toLowerCase()) || /'s$/i.test(word);

/** Verbs after which "you" is the one acting ("you led"), elsewhere it is "me" ("led you to"). */
const ACTING =
  /\byou(?=\s+(?:\w+ed|were|was|had|did|made|took|gave|got|felt|knew|saw|thought|built|ran|set|led|kept|brought|found|told|chose|won|lost|put|cut|let|went|came|could|would|should|might|must|can|will|have|are|do|need|want|taught|sought|stood|dug|met|spent|hit|held|wrote|began|grew|drew|fought|caught|bought|heard|meant|sent|paid|said|left|read|\w+n't|'d)\b)/gi;

/** The question in the person's own words: "you took charge" → "took charge", "your" → "my". */
function ownWords(text: string): string {
  return text
    .replace(/^you\s+/i, '')
    .replace(/\byourself\b/gi, 'myself')
    .replace(/\byours\b/gi, 'mine')
    .replace(/\byour\b/gi, 'my')
    .replace(/\byou were\b/gi, 'I was')
    .replace(ACTING, 'I')
    .replace(/\byou\b/gi, 'me');
}

/** The question's first clause, its opening and final stop removed. */
function firstClause(question: string): string {
  let text = question.trim().replace(/[.?!]+$/, '');
  const opening = OPENINGS.find((pattern) => pattern.test(text));
  if (opening) text = text.replace(opening, '');
  // Up to the first clause break: ", and how you handled it" is the story, not its title. A
  // comma between adjectives ("an ambitious, long-term bet") is not one.
  text =
    text.split(
      /;|:|\s[—–-]\s|,\s*(?=(?:and|but|or|how|what|why|which|so|then|while|because|even|who)\b)|\s+and (?:how|what|why|later)\b/i,
    )[0] ?? text;
  return ownWords(text.trim());
}

/** The places a clause can end: before a clause or phrase word, never inside an inner clause. */
function phraseEnds(words: readonly string[]): number[] {
  const ends: number[] = [];
  for (let end = 1; end < words.length; end++) {
    const word = words[end]!.toLowerCase();
    const clause = CLAUSES.has(word);
    if (!clause && !PHRASES.has(word)) continue;
    if (end >= 2 && !dangling(words[end - 1]!)) ends.push(end);
    // Past the start of a clause, cutting again would leave it half said.
    if (clause && end >= 2) break;
  }
  return ends;
}

/**
 * The gist in at most `budget` characters, cut only where a phrase ends (before "because",
 * "to", "that"…), never inside a word and never with an ellipsis. A whole clause or phrase may
 * run SLACK past the budget rather than lose the words that make it sense.
 */
export function shortGist(clause: string, budget: number): string {
  const words = clause.split(/\s+/).filter(Boolean);
  if (clause.length <= budget) return words.join(' ');
  const phrases = phraseEnds(words).map((end) => words.slice(0, end));
  const whole = [...phrases, words];
  // Three words say what happened ("used customer data"); two rarely do ("used data").
  const said = (kept: string[]) => kept.length >= 3;
  const fits = (kept: string[], room: number) => kept.join(' ').length <= room;
  const best =
    phrases.filter((kept) => said(kept) && fits(kept, budget)).at(-1) ??
    whole.find((kept) => said(kept) && fits(kept, budget + SLACK)) ??
    phrases.filter((kept) => fits(kept, budget)).at(-1);
  if (best) return best.join(' ');
  // Nothing whole fits: whole words up to the budget, never a dangling one at the end.
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(' ').length > budget && kept.length) break;
    kept.push(word);
  }
  while (kept.length > 1 && dangling(kept.at(-1)!)) kept.pop();
  return kept.join(' ');
}

/** "Customer Obsession: changed a product decision"; the principle's name alone without a question. */
export function draftTitle(principleName: string, question: string | null): string {
  // "Have Backbone; Disagree and Commit" is two phrases: its first names it in a title.
  const name = principleName.trim().split(/\s*;\s*/)[0] || principleName.trim();
  const clause = question ? firstClause(question) : '';
  if (!clause) return name;
  const budget = Math.max(MIN_GIST, DRAFT_TITLE_CHARS - name.length - 2);
  return `${name}: ${shortGist(clause, budget)}`;
}
