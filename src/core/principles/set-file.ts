import { z } from 'zod';
import { StorybankError } from '../errors';
import { PrincipleSetSchema, type PrincipleSet } from '../model/schema';
import { withoutBom } from '../portability/text-decoding';

/** The JSON file a principle set is shared as; `kind` tells it from a whole-bank backup. */
const SetFileSchema = z.object({
  kind: z.literal('storybank-principle-set'),
  version: z.literal(1),
  set: PrincipleSetSchema,
});

export function setFileText(set: PrincipleSet): string {
  const { builtIn: _builtIn, ...shared } = set;
  return JSON.stringify({ kind: 'storybank-principle-set', version: 1, set: shared }, null, 2);
}

export function setFileName(set: PrincipleSet): string {
  const slug = set.name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || 'principle set';
  return `${slug}.storybank-set.json`;
}

/** The JSON of a set file, or an error in words when the text is not JSON at all. */
export function readSetFileText(text: string): unknown {
  try {
    return JSON.parse(withoutBom(text));
  } catch {
    throw new StorybankError(
      'invalid-input',
      'That file is not valid JSON, so no set was imported.',
    );
  }
}

/** A set from a file's parsed JSON, or an error that says what is wrong with the file. */
export function parseSetFile(raw: unknown): PrincipleSet {
  const parsed = SetFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')}: ${issue.message})` : '';
    throw new StorybankError(
      'invalid-input',
      `That file is not a Storybank principle set${where}. Nothing was imported.`,
    );
  }
  const ids = parsed.data.set.principles.map((principle) => principle.id);
  if (new Set(ids).size !== ids.length) {
    throw new StorybankError(
      'invalid-input',
      'That set names the same principle twice. Nothing was imported.',
    );
  }
  return { ...parsed.data.set, builtIn: false };
}
