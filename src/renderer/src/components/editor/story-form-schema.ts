import { z } from 'zod';
import { StoryContentSchema, YearMonthSchema } from '../../../../core/model/schema';

/**
 * The editor validates against the bank's own schema, so the form never accepts what the
 * bank would refuse. Only "When" differs: the month input says '' when cleared.
 */
export const StoryFormSchema = StoryContentSchema.extend({
  when: z.union([z.literal(''), YearMonthSchema]),
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
