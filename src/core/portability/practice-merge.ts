import type { PracticeEntry } from '../model/practice-schema';

/**
 * Practice entries are written once and only ever lose their recording or go away with their
 * story, so merging two logs needs no conflicts: every entry either side added is kept, one
 * either side removed goes, a recording either side deleted stays deleted (the person asked
 * for it gone), and entries of stories the merged bank lacks go with them.
 */
export function mergePractice(
  base: readonly PracticeEntry[],
  ours: readonly PracticeEntry[],
  theirs: readonly PracticeEntry[],
  storyIds: ReadonlySet<string>,
): { entries: PracticeEntry[]; fromTheirs: number } {
  const inBase = new Map(base.map((entry) => [entry.id, entry]));
  const inOurs = new Map(ours.map((entry) => [entry.id, entry]));
  const inTheirs = new Map(theirs.map((entry) => [entry.id, entry]));
  let fromTheirs = 0;
  const entries: PracticeEntry[] = [];
  for (const entry of ours) {
    const their = inTheirs.get(entry.id);
    if (!their && inBase.has(entry.id)) {
      fromTheirs++;
      continue;
    }
    if (their && entry.recording && !their.recording) {
      fromTheirs++;
      entries.push(withoutRecording(entry));
    } else entries.push(entry);
  }
  for (const entry of theirs) {
    if (inOurs.has(entry.id) || inBase.has(entry.id)) continue;
    fromTheirs++;
    entries.push(entry);
  }
  entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { entries: entries.filter((entry) => storyIds.has(entry.storyId)), fromTheirs };
}

export function withoutRecording(entry: PracticeEntry): PracticeEntry {
  const { recording: _dropped, ...rest } = entry;
  void _dropped;
  return rest;
}
