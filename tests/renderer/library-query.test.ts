import { countsToward } from '../../src/core/coverage/coverage';
import { filterChoices } from '../../src/core/model/story-filters';
import { testStory } from '../story-factory';
import { describe, expect, it } from 'vitest';
import { newBank } from '../../src/core/model/bank';
import type { Story, StoryContent } from '../../src/core/model/schema';
import {
  activeFilterCount,
  countText,
  EMPTY_QUERY,
  filterStories,
  isFiltered,
  sameStories,
  normalize,
  principleNames,
  queryStories,
  searchWords,
  sortStories,
  storyHaystack,
  type LibraryQuery,
} from '../../src/renderer/src/lib/library-query';

const bank = newBank();
const names = principleNames(bank.principleSets, bank.activeSetId);
const idOf = (name: string) => [...names].find(([, value]) => value === name)![0];

let counter = 0;
function story(fields: Partial<StoryContent> & Partial<Story> & { title: string }): Story {
  counter += 1;
  return testStory(fields.title, { id: `s${counter}`, ...fields });
}

const query = (changes: Partial<LibraryQuery>) => ({ ...EMPTY_QUERY, ...changes });
const titles = (stories: Story[]) => stories.map((s) => s.title);
const run = (stories: Story[], changes: Partial<LibraryQuery>) =>
  titles(queryStories(stories, query(changes), (s) => storyHaystack(s, names)));

describe('search', () => {
  const billing = story({
    title: 'Billing migration',
    action: 'I wrote the cutover runbook and rehearsed it twice.',
    followUps: [{ id: 'f1', question: 'Who pushed back?', answer: 'The finance controller.' }],
    principles: [{ principleId: idOf('Dive Deep'), strength: 'primary' }],
    company: 'Acme',
    tags: ['payments'],
  });
  const resume = story({
    title: 'Résumé screening tool',
    situation: 'Hiring in São Paulo.',
    targetQuestions: ['Tell me about a time you hired well.'],
  });
  const trashed = story({ title: 'Billing trashed', deletedAt: '2026-02-01T10:00:00.000Z' });
  const all = [billing, resume, trashed];

  it('finds a word from any field, follow-up answers and principle names included', () => {
    expect(run(all, { search: 'runbook' })).toEqual(['Billing migration']);
    expect(run(all, { search: 'controller' })).toEqual(['Billing migration']);
    expect(run(all, { search: 'pushed back' })).toEqual(['Billing migration']);
    expect(run(all, { search: 'dive deep' })).toEqual(['Billing migration']);
    expect(run(all, { search: 'acme payments' })).toEqual(['Billing migration']);
    expect(run(all, { search: 'hired well' })).toEqual(['Résumé screening tool']);
  });

  it('ignores case and accents on both sides', () => {
    expect(run(all, { search: 'RESUME' })).toEqual(['Résumé screening tool']);
    expect(run(all, { search: 'sao paulo' })).toEqual(['Résumé screening tool']);
    expect(run(all, { search: 'Résumé' })).toEqual(['Résumé screening tool']);
    expect(normalize('Ñandú ÉLAN')).toBe('nandu elan');
  });

  it('needs every word (AND), in any order, and never shows the trash', () => {
    expect(run(all, { search: 'runbook acme' })).toEqual(['Billing migration']);
    expect(run(all, { search: 'runbook paulo' })).toEqual([]);
    expect(run(all, { search: 'billing' })).toEqual(['Billing migration']);
    expect(searchWords('  two   Words ')).toEqual(['two', 'words']);
    expect(run(all, { search: '   ' })).toHaveLength(2);
  });
});

describe('filters', () => {
  const a = story({
    title: 'A',
    status: 'ready',
    tags: ['launch', 'data'],
    company: 'Acme ',
    principles: [{ principleId: idOf('Ownership'), strength: 'secondary' }],
  });
  const b = story({ title: 'B', status: 'draft', tags: ['data'], company: 'Globex' });
  const all = [a, b];

  it('filter by principle (any strength), status, tag and company', () => {
    expect(run(all, { principleId: idOf('Ownership') })).toEqual(['A']);
    expect(run(all, { status: 'draft' })).toEqual(['B']);
    expect(run(all, { status: 'ready' })).toEqual(['A']);
    expect(run(all, { tag: 'data' }).sort()).toEqual(['A', 'B']);
    expect(run(all, { tag: 'launch' })).toEqual(['A']);
    expect(run(all, { company: 'Acme' })).toEqual(['A']);
    expect(run(all, { company: 'Globex', tag: 'launch' })).toEqual([]);
  });

  it('offers the tags and companies in use, sorted, without the trash', () => {
    const gone = story({ title: 'C', tags: ['zzz'], company: 'Old', deletedAt: a.updatedAt });
    expect(filterChoices([a, b, gone])).toEqual({
      tags: ['data', 'launch'],
      companies: ['Acme', 'Globex'],
    });
  });
});

describe('sort', () => {
  const old = story({ title: 'Story 10', when: '2021-05', updatedAt: '2026-01-03T00:00:00Z' });
  const fresh = story({ title: 'story 9', when: '2024-11', updatedAt: '2026-01-01T00:00:00Z' });
  const undated = story({ title: 'Another', when: null, updatedAt: '2026-01-05T00:00:00Z' });
  const all = [old, fresh, undated];

  it('sorts by last edited, newest first, by default', () => {
    expect(titles(sortStories(all, 'edited'))).toEqual(['Another', 'Story 10', 'story 9']);
    expect(run(all, {})).toEqual(['Another', 'Story 10', 'story 9']);
  });

  it('sorts titles alphabetically with numbers in numeric order', () => {
    expect(titles(sortStories(all, 'title'))).toEqual(['Another', 'story 9', 'Story 10']);
  });

  it('sorts by when it happened, newest first, undated last', () => {
    expect(titles(sortStories(all, 'when'))).toEqual(['story 9', 'Story 10', 'Another']);
  });

  it('puts the least rehearsed first, then by title', () => {
    const rehearsed = new Map([
      [old.id, 3],
      [undated.id, 1],
    ]);
    expect(titles(sortStories(all, 'practised', rehearsed))).toEqual([
      'story 9',
      'Another',
      'Story 10',
    ]);
  });

  it('breaks a full tie by id, so the order is the same on every render', () => {
    const twin = story({ title: 'Story 10', when: '2021-05', updatedAt: old.updatedAt });
    const once = sortStories([twin, old], 'title').map((s) => s.id);
    expect(sortStories([old, twin], 'title').map((s) => s.id)).toEqual(once);
  });

  it('filters a sorted list without reordering it: a keystroke need not sort again', () => {
    const sorted = sortStories(all, 'title');
    const haystack = (s: Story) => storyHaystack(s, names);
    expect(titles(filterStories(sorted, query({ search: 'story' }), haystack))).toEqual([
      'story 9',
      'Story 10',
    ]);
    expect(filterStories(sorted, query({}), haystack)).toEqual(sorted);
  });

  it('tells a list that holds the same stories in order from one that does not', () => {
    expect(sameStories(all, [...all])).toBe(true);
    expect(sameStories(all, [old, undated, fresh])).toBe(false);
    expect(sameStories(all, all.slice(1))).toBe(false);
    expect(sameStories(all, [old, fresh, { ...undated }])).toBe(false);
  });
});

describe('the Filters button', () => {
  it('counts the menus that are set; the search is not one of them', () => {
    expect(activeFilterCount(EMPTY_QUERY)).toBe(0);
    expect(activeFilterCount(query({ search: 'pricing' }))).toBe(0);
    expect(isFiltered(query({ search: 'pricing' }))).toBe(true);
    expect(activeFilterCount(query({ status: 'draft', tag: 'launch' }))).toBe(2);
    const all = query({
      principleId: 'p',
      status: 'ready',
      tag: 't',
      company: 'c',
      practised: 'no',
    });
    expect(activeFilterCount(all)).toBe(5);
    expect(isFiltered(all)).toBe(true);
  });
});

describe('count line', () => {
  it('says how many there are, or how many match', () => {
    expect(countText(12, 12, false)).toBe('12 stories');
    expect(countText(1, 1, false)).toBe('1 story');
    expect(countText(3, 12, true)).toBe('3 of 12 stories match');
    expect(countText(1, 12, true)).toBe('1 of 12 stories matches');
  });
});

describe('the tag and company filters of the library and of coverage', () => {
  it('offer and match the same choices: tags in any case, companies without stray spaces', () => {
    const stories = [
      story({ title: 'A', tags: ['Failure'], company: ' Acme ' }),
      story({ title: 'B', tags: ['failure'], company: 'Acme' }),
    ];
    const choices = filterChoices(stories);
    expect(choices).toEqual({ tags: ['Failure'], companies: ['Acme'] });
    const [tag] = choices.tags;
    const [company] = choices.companies;
    expect(run(stories, { tag: tag! })).toEqual(['A', 'B']);
    expect(run(stories, { company: company! })).toEqual(['A', 'B']);
    for (const filter of [{ tag }, { company }]) {
      expect(stories.filter((s) => countsToward(s, filter)).map((s) => s.title)).toEqual([
        'A',
        'B',
      ]);
    }
  });
});
