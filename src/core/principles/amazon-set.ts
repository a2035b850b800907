import type { PrincipleSet } from '../model/schema';
import { AMAZON_PRINCIPLES, AMAZON_SET_ID, AMAZON_SET_NAME } from './amazon-seed';

/** A fresh copy each call: the bank owns and edits its copy, the seed stays pristine. */
export function amazonPrincipleSet(): PrincipleSet {
  return {
    id: AMAZON_SET_ID,
    name: AMAZON_SET_NAME,
    builtIn: true,
    principles: AMAZON_PRINCIPLES.map((seed) => ({
      id: seed.id,
      name: seed.name,
      description: seed.description,
      frequency: seed.frequency,
      // Question ids are stable across restores so stories can keep pointing at them.
      questions: seed.questions.map((text, index) => ({ id: `${seed.id}-q${index + 1}`, text })),
    })),
  };
}
