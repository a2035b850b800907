import { isLive } from '../../../core/model/story-list';
import type { Principle, Question, Story, Strength } from '../../../core/model/schema';

/** The question bank's pure parts: search, and which stories answer each principle. */

export interface QuestionGroup {
  principle: Principle;
  questions: Question[];
}

/**
 * Principles and their questions matching a search: a principle whose name matches keeps
 * all its questions; otherwise only the matching questions stay. Every word
 * must match, in any order, without regard to case.
 */
export function matchQuestions(principles: readonly Principle[], query: string): QuestionGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text: string) => {
    const lower = text.toLowerCase();
    return words.every((word) => lower.includes(word));
  };
  if (words.length === 0)
    return principles.map((principle) => ({ principle, questions: principle.questions }));
  return principles.flatMap((principle) => {
    if (matches(principle.name)) {
      return [{ principle, questions: principle.questions }];
    }
    const questions = principle.questions.filter((question) => matches(question.text));
    return questions.length ? [{ principle, questions }] : [];
  });
}

/** Stories not in the trash by principle id, primary before secondary, bank order within. */
export function storiesByPrinciple(
  stories: readonly Story[],
): Map<string, { story: Story; strength: Strength }[]> {
  const byPrinciple = new Map<string, { story: Story; strength: Strength }[]>();
  for (const story of stories) {
    if (!isLive(story)) continue;
    for (const { principleId, strength } of story.principles) {
      const list = byPrinciple.get(principleId) ?? [];
      list.push({ story, strength });
      byPrinciple.set(principleId, list);
    }
  }
  for (const list of byPrinciple.values()) {
    list.sort((a, b) => Number(b.strength === 'primary') - Number(a.strength === 'primary'));
  }
  return byPrinciple;
}
