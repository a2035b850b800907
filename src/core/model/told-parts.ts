import type { Story } from './schema';

type Told = Pick<Story, 'headline' | 'situation' | 'task' | 'action' | 'result' | 'learnings'>;

/**
 * What a person says aloud when telling the story: the headline, the four STAR parts and the
 * lesson. The checks that judge how it sounds read these; the library's search reads them too.
 */
export const toldParts = (story: Told): string[] => [
  story.headline,
  story.situation,
  story.task,
  story.action,
  story.result,
  story.learnings,
];
