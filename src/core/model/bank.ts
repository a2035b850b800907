import { amazonPrincipleSet } from '../principles/amazon-set';
import { AMAZON_SET_ID } from '../principles/amazon-seed';
import { CURRENT_SCHEMA_VERSION, DEFAULT_SETTINGS, type Bank, type StoryContent } from './schema';

/** The bank a first run starts with: no stories, Amazon's principles active. */
export function newBank(): Bank {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    activeSetId: AMAZON_SET_ID,
    principleSets: [amazonPrincipleSet()],
    stories: [],
    settings: { ...DEFAULT_SETTINGS },
    loops: [],
    practice: [],
  };
}

/** Everything but the title starts empty: a story begins as a working title. */
export function emptyStoryContent(title: string): StoryContent {
  return {
    title,
    headline: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    learnings: '',
    metrics: '',
    company: '',
    role: '',
    when: null,
    project: '',
    tags: [],
    principles: [],
    followUps: [],
    status: 'draft',
    targetQuestions: [],
    dismissedChecks: [],
  };
}
