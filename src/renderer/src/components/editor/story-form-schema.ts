import { z } from 'zod';
import { StoryContentSchema, YearMonthSchema } from '../../../../core/model/schema';
import { missingHalf, splitYearMonth } from './year-month';

/**
 * The editor validates against the bank's own schema, so the form never accepts what the
 * bank would refuse. Only "When" differs: '' when not set, and a half-chosen date (see
 * year-month.ts) is refused in words that say which half is missing.
 */
export const StoryFormSchema = StoryContentSchema.extend({
  when: z.string().refine((value) => value === '' || YearMonthSchema.safeParse(value).success, {
    error: (issue) =>
      missingHalf(splitYearMonth(String(issue.input))) ?? 'Choose a month and a year.',
  }),
});

/** Words for limits the schema states in numbers; its own messages (title, month) stay. */
export const storyIssueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return `Keep this under ${issue.maximum} characters; until then this field is not saved.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return `That is the most this list can hold (${issue.maximum}).`;
  }
  return undefined;
};
