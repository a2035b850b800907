import {
  COVERAGE_FIELDS,
  coverageOf,
  type CoverageFilter,
  type CoverageReport,
  type PrincipleCoverage,
} from '../../../core/coverage/coverage';
import type { PrincipleSet, Settings, Story } from '../../../core/model/schema';

/*
 * A toggle changes one story's mapping to one principle, yet a full coverageOf reads every
 * story for every principle (~20 ms for 1,000 stories on a slow machine). This recounts only
 * the principles whose mappings changed, each with coverageOf itself over the stories that
 * map it, so the rules stay in one place. The full report follows in a deferred render.
 */

/** Beyond this many changed stories a full count is as cheap and simpler. */
const MAX_CHANGED = 20;

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

/** Principle ids whose mapping differs between two versions of a story. */
function changedMappings(before: Story, after: Story, into: Set<string>): void {
  const old = new Map(before.principles.map((m) => [m.principleId, m.strength]));
  for (const m of after.principles) {
    if (old.get(m.principleId) !== m.strength) into.add(m.principleId);
    old.delete(m.principleId);
  }
  for (const principleId of old.keys()) into.add(principleId);
}

/**
 * The principles of `base` (counted on `before`) brought up to date with `after`, or null
 * when the stories changed in another way than their mappings (then count everything).
 */
export function patchedPrinciples(
  base: CoverageReport,
  before: readonly Story[],
  after: readonly Story[],
  set: PrincipleSet,
  settings: Settings,
  today: Date,
  filter: CoverageFilter,
): PrincipleCoverage[] | null {
  if (before.length !== after.length || base.principles.length !== set.principles.length) {
    return null;
  }
  const affected = new Set<string>();
  let changed = 0;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (++changed > MAX_CHANGED) return null;
    if (COVERAGE_FIELDS.some((field) => a[field] !== b[field]) || !sameTags(a.tags, b.tags))
      return null;
    changedMappings(a, b, affected);
  }
  return base.principles.map((current, index) => {
    const principle = set.principles[index]!;
    if (principle.id !== current.principleId) throw new Error('The report is not of this set.');
    if (!affected.has(principle.id)) return current;
    const mapping = after.filter((story) =>
      story.principles.some((m) => m.principleId === principle.id),
    );
    const one = { ...set, principles: [principle] };
    return coverageOf(mapping, one, settings, today, filter).principles[0]!;
  });
}
