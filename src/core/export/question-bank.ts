import type { FileChild } from 'docx';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { BULLET_ITEM, heading, line } from './text-runs';

/** The questions interviewers ask per principle, to rehearse aloud against the stories. */
export function questionBankSection(content: PackContent, newPage: boolean): FileChild[] {
  const principles = content.set.principles.filter((p) => p.questions.length > 0);
  return [
    heading(1, 'Question bank', { pageBreakBefore: newPage }),
    ...principles.flatMap((principle) => [
      // Level 3 keeps the 16 principles out of the contents, which then fits the cover.
      heading(3, principle.name),
      ...(principle.description
        ? [line(principle.description, { size: SIZE.small, color: COLOR.muted, italics: true })]
        : []),
      ...principle.questions.map((question) =>
        line(question.text, {}, { ...BULLET_ITEM, spacing: { after: 60 } }),
      ),
    ]),
  ];
}
