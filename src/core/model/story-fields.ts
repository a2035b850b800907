/**
 * A story's free text by shape: what is written in paragraphs (the STAR parts and what
 * surrounds them), and what fits on one line. Imports fill them, merges compare them.
 */
export const PROSE_FIELDS = [
  'situation',
  'task',
  'action',
  'result',
  'metrics',
  'learnings',
] as const;

export const LINE_FIELDS = ['headline', 'company', 'role', 'project'] as const;
