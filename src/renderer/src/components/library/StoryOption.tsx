import { memo } from 'react';
import type { Story } from '../../../../core/model/schema';
import type { PrincipleSummary } from './principle-summary';

const STATUS_TEXT: Record<Story['status'], string> = { draft: 'Draft', ready: 'Ready' };

export const optionId = (storyId: string) => `story-option-${storyId}`;

interface StoryOptionProps {
  story: Story;
  selected: boolean;
  /** The one option Tab lands on (roving focus). */
  tabbable: boolean;
  principles: PrincipleSummary;
  openChecks: number;
}

/**
 * One row of the library. Its name is the title; the rest (status, principles, checks) is
 * its description, so a screen reader says the title first and the details after a pause.
 * Memoized: with 1,000 stories, moving the selection re-renders two rows, not all.
 */
export const StoryOption = memo(function StoryOption(props: StoryOptionProps) {
  const { story, selected, tabbable, principles, openChecks } = props;
  const id = optionId(story.id);
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-details`}
      tabIndex={tabbable ? 0 : -1}
      data-story-id={story.id}
      className="story-option"
    >
      <div className="story-option__line">
        <span id={`${id}-title`} className="story-option__title" title={story.title}>
          {story.title}
        </span>
        <span className={`status status--${story.status}`}>{STATUS_TEXT[story.status]}</span>
      </div>
      <div className="story-option__headline">
        {story.headline || <span className="story-option__missing">No headline yet</span>}
      </div>
      <div id={`${id}-details`} className="story-option__line">
        <span className="visually-hidden">{STATUS_TEXT[story.status]}. </span>
        <span className="story-option__principles" title={principles.full || undefined}>
          {principles.shown || <span className="story-option__missing">No principles mapped</span>}
        </span>
        {principles.more > 0 && <span className="story-option__more">+{principles.more}</span>}
        <QualityBadge open={openChecks} />
      </div>
    </li>
  );
});

function QualityBadge({ open }: { open: number }) {
  if (open === 0) {
    return (
      <span className="check-badge check-badge--pass" title="All checks pass">
        <span aria-hidden="true">✓</span>
        <span className="visually-hidden">All checks pass</span>
      </span>
    );
  }
  const text = `${open} ${open === 1 ? 'check' : 'checks'} open`;
  return (
    <span className="check-badge check-badge--open" title={text}>
      <span aria-hidden="true">{open}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
