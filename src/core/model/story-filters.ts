import type { Story } from './schema';
import { isLive } from './story-list';

/**
 * The tag and company filters, once for the library, the Coverage view and coverage counts:
 * tags match without regard to case ("Failure" is "failure"), companies without the spaces
 * around them.
 */

export const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export const hasTag = (story: Pick<Story, 'tags'>, tag: string) =>
  story.tags.some((own) => sameTag(own, tag));

export const atCompany = (story: Pick<Story, 'company'>, company: string) =>
  story.company.trim() === company.trim();

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The tags and companies the filter menus offer: from live stories, each once, alphabetical. */
export function filterChoices(stories: readonly Story[]): { tags: string[]; companies: string[] } {
  const tags = new Map<string, string>();
  const companies = new Set<string>();
  for (const story of stories) {
    if (!isLive(story)) continue;
    for (const tag of story.tags)
      if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
    const company = story.company.trim();
    if (company) companies.add(company);
  }
  return {
    tags: [...tags.values()].sort(collator.compare),
    companies: [...companies].sort(collator.compare),
  };
}
