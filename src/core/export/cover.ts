import { plural } from '../quality/text';
import { HeadingLevel, LeaderType, TableOfContents, type FileChild } from 'docx';
import { MONTHS } from '../quality/text';
import type { PackContent } from './pack-content';
import { COLOR, SIZE } from './styles';
import { loopDateLabel } from './loop-plan';
import { line } from './text-runs';

export function dateLabel(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** Who, for what, when, with which principles; then the contents when more sections follow. */
export function coverSection(content: PackContent, withContents: boolean): FileChild[] {
  const { settings, set, stories } = content;
  const target = [settings.targetRole, settings.targetCompany].filter(Boolean).join(' at ');
  const scope = `${set.name} · ${plural(stories.length, 'story', 'stories')}${
    content.readyOnly ? ' (ready only)' : ''
  }`;
  const children: FileChild[] = [
    line('Interview prep pack', {}, { heading: HeadingLevel.TITLE }),
    ...(settings.candidateName
      ? [line(settings.candidateName, { size: SIZE.subtitle, bold: true })]
      : []),
    ...(target ? [line(target, { size: 28 })] : []),
    ...(content.coverLoop
      ? [
          line(
            `For ${content.coverLoop.name}${content.coverLoop.at ? ` · ${loopDateLabel(content.coverLoop.at)}` : ''}`,
            { size: 28 },
          ),
        ]
      : []),
    line(dateLabel(content.today), { size: 28, color: COLOR.muted }, { spacing: { after: 360 } }),
    line(scope),
    line(`Coverage: ${content.coverage.summary}.`),
  ];
  if (withContents) {
    children.push(
      line('Contents', {}, { style: 'ContentsLabel' }),
      new TableOfContents('Contents', {
        hyperlink: true,
        headingStyleRange: content.titlesInContents ? '1-2' : '1-1',
        // Until Word fills in the page numbers, dots leading to nothing would look broken.
        tabLeader: LeaderType.NONE,
      }),
    );
  }
  return children;
}
