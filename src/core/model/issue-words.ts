import type { z } from 'zod';

/** What a list is called where it sits, to say its limit in words. */
function listWords(path: readonly PropertyKey[], max: number): string | null {
  const key = path.at(-1);
  const inSet = path[0] === 'principleSets';
  switch (key) {
    case 'principleSets':
      return `a bank holds at most ${max} principle sets`;
    case 'principles':
      return inSet
        ? `a set holds at most ${max} principles`
        : `a story maps to at most ${max} principles`;
    case 'questions':
      return `a principle holds at most ${max} questions`;
    case 'followUps':
      return `a story holds at most ${max} follow-up questions`;
    case 'tags':
      return `a story holds at most ${max} tags`;
    case 'targetQuestions':
      return `a story aims at most at ${max} interview questions`;
    case 'dismissedChecks':
      return `a story dismisses at most ${max} checks`;
    case 'loops':
      return `a bank keeps at most ${max} loops`;
    case 'rounds':
      return `a loop has at most ${max} rounds`;
    case 'principleIds':
      return `a round probes at most ${max} principles`;
    case 'pins':
      return `a loop keeps at most ${max} pinned stories`;
    case 'asked':
      return `a debrief logs at most ${max} questions`;
    case 'confidentialTerms':
      return `a bank keeps at most ${max} confidential terms`;
    default:
      return null;
  }
}

const TEXT_NAMES: Record<string, string> = {
  name: 'a name',
  description: 'a description',
  text: 'a question',
  question: 'a follow-up question',
  title: 'a title',
  headline: 'a headline',
  company: 'a company',
  role: 'a role',
  project: 'a project',
  candidateName: 'your name',
  targetRole: 'the target role',
  targetCompany: 'the target company',
};

/** One zod issue as a phrase a person can act on ("a set holds at most 100 principles"). */
export function issueWords(issue: z.core.$ZodIssue): string {
  const path = issue.path;
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const words = listWords(path, Number(issue.maximum));
    if (words) return words;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    const key = [...path].reverse().find((part) => typeof part === 'string');
    const name = (key && TEXT_NAMES[key]) ?? 'a text';
    return `${name} holds at most ${Number(issue.maximum).toLocaleString('en-US')} characters`;
  }
  const where = path.length ? `${path.map(String).join('.')}: ` : '';
  return `${where}${issue.message}`;
}
