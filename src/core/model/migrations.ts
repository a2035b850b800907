import { StorybankError } from '../errors';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * One step from format `from` to `from + 1`. Steps take and return plain JSON (never the
 * current types), so an old step keeps compiling however the model changes later.
 * Every step has a fixture of its old format in tests/core/fixtures/bank-v<from>.json.
 */
export interface Migration {
  from: number;
  description: string;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description:
      'Format 1 (the preview) kept a plain list of principle ids per story; the first becomes ' +
      'primary and the rest secondary.',
    migrate(data) {
      const stories = Array.isArray(data.stories) ? data.stories : [];
      return {
        ...data,
        schemaVersion: 2,
        stories: stories.map((story: unknown) => {
          if (!isObject(story)) return story;
          const { principleIds, ...rest } = story;
          const ids = Array.isArray(principleIds) ? principleIds : [];
          return {
            ...rest,
            principles: ids.map((principleId, index) => ({
              principleId,
              strength: index === 0 ? 'primary' : 'secondary',
            })),
          };
        }),
      };
    },
  },
  {
    from: 2,
    description: 'Format 3 lets a story keep the interview questions it is meant to answer.',
    migrate(data) {
      const stories = Array.isArray(data.stories) ? data.stories : [];
      return {
        ...data,
        schemaVersion: 3,
        stories: stories.map((story: unknown) =>
          isObject(story) ? { targetQuestions: [], ...story } : story,
        ),
      };
    },
  },
  {
    from: 3,
    description:
      'Format 4 maps a story only to principles a set holds, each once. Format 3 left mappings ' +
      'behind when a set was deleted; they showed nowhere and are dropped.',
    migrate(data) {
      const sets = Array.isArray(data.principleSets) ? data.principleSets : [];
      const known = new Set(
        sets.flatMap((set: unknown) =>
          isObject(set) && Array.isArray(set.principles)
            ? set.principles.map((principle: unknown) => isObject(principle) && principle.id)
            : [],
        ),
      );
      const stories = Array.isArray(data.stories) ? data.stories : [];
      return {
        ...data,
        schemaVersion: 4,
        stories: stories.map((story: unknown) => {
          if (!isObject(story) || !Array.isArray(story.principles)) return story;
          const seen = new Set<unknown>();
          const principles = story.principles.filter((mapping: unknown) => {
            const id = isObject(mapping) ? mapping.principleId : undefined;
            if (!known.has(id) || seen.has(id)) return false;
            seen.add(id);
            return true;
          });
          return { ...story, principles };
        }),
      };
    },
  },
  {
    from: 4,
    description: 'Format 5 keeps interview loops: rounds, their plan of stories, and debriefs.',
    migrate(data) {
      return { ...data, schemaVersion: 5, loops: [] };
    },
  },
  {
    from: 5,
    description: 'Format 6 keeps a log of rehearsals out loud, from which practice is scheduled.',
    migrate(data) {
      return { ...data, schemaVersion: 6, practice: [] };
    },
  },
];

/** The format number a parsed file claims, or null when it claims none. */
export function schemaVersionOf(data: unknown): number | null {
  if (!isObject(data)) return null;
  const version = data.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

export function newerVersionError(version: number): StorybankError {
  return new StorybankError(
    'newer-version',
    `This bank was saved by a newer Storybank (data format ${version}; this version reads up to ` +
      `format ${CURRENT_SCHEMA_VERSION}). Update Storybank to open it. The file was not changed.`,
  );
}

/**
 * Brings parsed data up to the current format. Throws for a file from a newer Storybank;
 * data that claims no version is returned untouched for the schema to reject in words.
 */
export function migrate(data: unknown): { data: unknown; fromVersion: number | null } {
  const fromVersion = schemaVersionOf(data);
  if (fromVersion === null || !isObject(data)) return { data, fromVersion };
  if (fromVersion > CURRENT_SCHEMA_VERSION) throw newerVersionError(fromVersion);
  let current: Json = data;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) throw new Error(`No migration from data format ${version}.`);
    current = step.migrate(current);
  }
  return { data: current, fromVersion };
}
