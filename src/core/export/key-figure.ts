import type { Story } from '../model/schema';
import { findMeasures, weighMeasures } from '../quality/measurable';
import type { Piece, RunStyle } from './text-runs';

/**
 * The one figure that proves a story, for the cheat sheet: the first entry of its Metrics
 * note (the person chose it), else the clause of the Result that holds its first outcome
 * measure, else its first number of any kind. Short enough to read at a glance.
 */

const MAX_FIGURE_CHARS = 48;

/** Cut at a word boundary, with an ellipsis, so a long figure never wraps to a third line. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const RATE_OR_MONEY =
  /[%$€£¥→]|\d(?:x|k|m|bn)$|fold$|half|halved|third|quarter|doubl|tripl|twice|percent/i;
const FROM_TO =
  /\bfrom\s+(?:[^.;]|\.(?=\d)){0,30}?\bto\s+(?:(?:about|around|under|over|just|roughly|nearly)\s+)?(?:[$€£]?\d[\d,.]*\d%?|[^\s,;]+)/gi;
/** Words a figure must not end on: it would read as cut off. */
const DANGLING =
  /^(?:by|in|and|of|to|from|a|an|the|for|with|at|over|within|compared|against|worth|about|across|than|on|after|before|while|when|so|which|all|each|new|its|their|our|my)$/i;

/** How telling a measure is: money, rates and multiples first, then digits, then words. */
function weight(measure: string, outcome: boolean): number {
  return (RATE_OR_MONEY.test(measure) ? 4 : 0) + (/\d/.test(measure) ? 2 : 0) + (outcome ? 3 : 0);
}

/** The sentence around `index`, cut at semicolons too. */
function sentenceAround(text: string, index: number): { start: number; end: number } {
  const ends = /[.;!?](?:\s|$)|\n/g;
  let start = 0;
  let end = text.length;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    if (match.index < index) start = match.index + match[0].length;
    else {
      end = match.index;
      break;
    }
  }
  return { start, end };
}

/** A few words before the measure (or its "from … to …"), and the span itself. */
function windowAround(text: string, from: number, to: number): string {
  const { start, end } = sentenceAround(text, from);
  const before = text.slice(start, from).trim().split(/\s+/).filter(Boolean);
  const after = text.slice(to, end).trim().split(/\s+/).filter(Boolean);
  const core = text.slice(from, to);
  // A comma before the measure starts its clause; one after it ends it.
  const clauseStart = before.findLastIndex((word) => /[,:]$/.test(word));
  let lead = before.slice(Math.max(clauseStart + 1, before.length - 5));
  const clauseEnd = after.findIndex((word) => /^[,:]|[,:]$/.test(word));
  let tail = after
    // The rest of a short clause whole ("in the first month"), else its first three words.
    .slice(
      0,
      clauseEnd < 0
        ? after.length <= 4
          ? 4
          : 3
        : Math.min(4, clauseEnd + (/^[,:]/.test(after[clauseEnd]!) ? 0 : 1)),
    )
    .map((word) => word.replace(/[,:]$/, ''));
  const join = () => [...lead, core, ...tail].join(' ').replace(/\s+/g, ' ');
  while (join().length > MAX_FIGURE_CHARS && tail.length) tail = tail.slice(0, -1);
  while (join().length > MAX_FIGURE_CHARS && lead.length > 1) lead = lead.slice(1);
  // A trailing "by", "in" or "and" would leave the figure hanging.
  while (tail.length && DANGLING.test(tail.at(-1)!)) {
    tail = tail.slice(0, -1);
  }
  return shorten(join().replace(/[.;:,]+$/, ''), MAX_FIGURE_CHARS);
}

function resultFigure(result: string): string | null {
  const { outcomes } = weighMeasures(result);
  const measures = findMeasures(result);
  if (measures.length === 0) return null;
  const best = measures
    .map((m) => ({ ...m, score: weight(m.text, outcomes.includes(m.text)) }))
    .reduce((a, b) => (b.score > a.score ? b : a));
  FROM_TO.lastIndex = 0;
  for (let span = FROM_TO.exec(result); span; span = FROM_TO.exec(result)) {
    const end = span.index + span[0].length;
    if (span.index <= best.index && best.index < end) {
      return windowAround(result, span.index, end);
    }
  }
  return windowAround(result, best.index, best.index + best.text.length);
}

export function keyFigure(story: Pick<Story, 'metrics' | 'result'>): string | null {
  const metric = story.metrics
    .split(/[;\n•·]|,\s+(?=\S)/)
    .map((part) => part.trim())
    .find((part) => findMeasures(part).length > 0);
  if (metric) return shorten(metric, MAX_FIGURE_CHARS);
  return resultFigure(story.result.replace(/\s+/g, ' ').trim());
}

/**
 * The Result as pieces with its figures in bold (digits, rates, money, multiples), so what an
 * interviewer remembers is the first thing the eye finds on the card. Number words ("three
 * months", "two specialists") stay plain: bold on every one of them, nothing would stand out.
 */
export function measuredPieces(text: string, style: RunStyle = {}): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  const figures = findMeasures(text).filter(
    (measure) => /\d/.test(measure.text) || RATE_OR_MONEY.test(measure.text),
  );
  for (const measure of figures) {
    const index = text.indexOf(measure.text, Math.max(at, measure.index));
    if (index < at || index < 0) continue;
    if (index > at) pieces.push([text.slice(at, index), style]);
    pieces.push([measure.text, { ...style, bold: true }]);
    at = index + measure.text.length;
  }
  if (at < text.length) pieces.push([text.slice(at), style]);
  return pieces;
}
