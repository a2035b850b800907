import type { Principle, Strength } from '../model/schema';

/**
 * Principle names as people type them in a spreadsheet cell ("Customer Obsession; Dive Deep",
 * "Disagree & Commit", "bias for action", "Earn trust (secondary)", "CO, DD") matched to the
 * principles of one set. Pure, and generic over sets: abbreviations are the names' initials,
 * not a list kept for Amazon's names.
 */

export interface MatchedPrinciple {
  principleId: string;
  strength: Strength;
}

export interface CellPrinciples {
  matched: MatchedPrinciple[];
  /** Pieces that name no principle of the set, as written (without a strength marker). */
  unmatched: { text: string; strength: Strength }[];
}

const STOPWORDS = new Set(['and', 'the', 'to', 'be', 'for', 'on', 'a', 'of', 'in']);
const SECONDARY = /\(\s*(secondary|2nd|second|sec|minor|also)\s*\)|^\s*(secondary|2nd)\s*[:-]\s*/i;
const PRIMARY = /\(\s*(primary|1st|first|main|major)\s*\)|^\s*(primary|1st|main)\s*[:-]\s*/i;
/** What trackers put in a cell that has no principle yet. */
const EMPTY = /^(|n ?a|none|tbd|tbc|todo|x|\?+)$/;
/** Cells list principles with these between them; names may hold ";" or "," themselves. */
const SEPARATOR = /\s*(?:[;,|\n•·]|\s\/\s|\s\+\s)\s*/;

/** Words as compared: no case, accents, apostrophes or punctuation; "&" is "and". */
export function principleKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const contentWords = (key: string) => key.split(' ').filter((w) => w && !STOPWORDS.has(w));

interface Candidate {
  id: string;
  /** Whole-name keys: the name, each part of a name joined with ";" ("Have Backbone"). */
  names: string[];
  /** The same without the small words, for "Insist on highest standards". */
  content: string[];
  initials: Set<string>;
}

export class PrincipleMatcher {
  private readonly candidates: Candidate[];

  constructor(principles: readonly Pick<Principle, 'id' | 'name'>[]) {
    this.candidates = principles.map(({ id, name }) => {
      const parts = [name, ...(name.includes(';') ? name.split(';') : [])];
      const names = [...new Set(parts.map(principleKey).filter(Boolean))];
      const content = names.map((key) => contentWords(key).join(' '));
      const initials = new Set<string>();
      for (const key of names) {
        const words = key.split(' ');
        const kept = contentWords(key);
        if (words.length > 1) initials.add(words.map((w) => w[0]).join(''));
        if (kept.length > 1) initials.add(kept.map((w) => w[0]).join(''));
      }
      initials.add(principleKey(id).replace(/ /g, ''));
      return { id, names, content, initials };
    });
  }

  /** The principle one piece of text names, or null. */
  match(piece: string): string | null {
    const key = principleKey(piece);
    if (!key) return null;
    const compact = key.replace(/ /g, '');
    const content = contentWords(key).join(' ');
    const only = (found: Candidate[]) => (found.length === 1 ? found[0]!.id : null);
    const exact = this.candidates.filter(
      (c) => c.names.includes(key) || (content && c.content.includes(content)),
    );
    if (exact.length) return exact[0]!.id;
    if (compact.length >= 2 && !key.includes(' ')) {
      const abbreviated = this.candidates.filter((c) => c.initials.has(compact));
      if (abbreviated.length) return only(abbreviated);
    }
    // A part of one name only: "Backbone", "Highest Standards", "Earth's Best Employer".
    if (content.length >= 6) {
      const within = this.candidates.filter((c) =>
        c.content.some((name) => ` ${name} `.includes(` ${content} `)),
      );
      if (within.length) return only(within);
    }
    // The start of one word, as people shorten it: "Frugal", "Curious".
    if (content.length >= 5 && !content.includes(' ')) {
      const started = this.candidates.filter((c) =>
        c.content.some((name) => name.split(' ').some((word) => word.startsWith(content))),
      );
      if (started.length) return only(started);
    }
    return this.closest(content || key);
  }

  /** Light typos: the one name within a few edits, scaled to the length typed. */
  private closest(text: string): string | null {
    if (text.length < 5) return null;
    const allowed = text.length < 9 ? 1 : text.length < 16 ? 2 : 3;
    let best: { id: string; distance: number } | null = null;
    let tie = false;
    for (const candidate of this.candidates) {
      const distance = Math.min(...candidate.content.map((name) => editDistance(text, name)));
      if (distance > allowed) continue;
      if (!best || distance < best.distance) {
        best = { id: candidate.id, distance };
        tie = false;
      } else if (distance === best.distance && best.id !== candidate.id) tie = true;
    }
    return best && !tie ? best.id : null;
  }

  /**
   * Every principle a cell names, in order, each once (a principle named as primary anywhere
   * stays primary). `strength` is the column's: a "Secondary LP" column makes all secondary.
   */
  readCell(cell: string, strength: Strength = 'primary'): CellPrinciples {
    const pieces = cell.split(SEPARATOR).filter((piece) => piece.trim());
    const found: CellPrinciples = { matched: [], unmatched: [] };
    let current = strength;
    for (let i = 0; i < pieces.length; i++) {
      // Names holding a separator ("Are Right, A Lot") are tried whole first, longest first.
      let taken = 1;
      let id: string | null = null;
      for (let span = Math.min(3, pieces.length - i); span > 1 && !id; span--) {
        const joined = pieces.slice(i, i + span).join(', ');
        const whole = this.candidates.find((c) => c.names[0] === principleKey(joined));
        if (whole) [id, taken] = [whole.id, span];
      }
      const raw = pieces.slice(i, i + taken).join(', ');
      // "Secondary: Earn Trust, Dive Deep" marks what follows; "(secondary)" only its own piece.
      if (/^\s*(secondary|2nd)\s*[:-]/i.test(raw)) current = 'secondary';
      if (/^\s*(primary|1st|main)\s*[:-]/i.test(raw)) current = 'primary';
      const own: Strength = SECONDARY.test(raw)
        ? 'secondary'
        : PRIMARY.test(raw)
          ? 'primary'
          : current;
      const text = raw.replace(SECONDARY, ' ').replace(PRIMARY, ' ').replace(/\s+/g, ' ').trim();
      i += taken - 1;
      if (!text || EMPTY.test(principleKey(text))) continue;
      id ??= this.match(text);
      if (id) addMapping(found.matched, id, own);
      else found.unmatched.push({ text, strength: own });
    }
    return found;
  }
}

export function addMapping(list: MatchedPrinciple[], principleId: string, strength: Strength) {
  const there = list.find((m) => m.principleId === principleId);
  if (!there) list.push({ principleId, strength });
  else if (strength === 'primary') there.strength = 'primary';
}

/** Damerau–Levenshtein (adjacent swaps count as one edit: "actoin"). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
