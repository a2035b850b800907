import { memo, type Ref } from 'react';
import type { Story } from '../../../../core/model/schema';
import { checksText, pauseAfter, STATUS_TEXT } from '../../lib/library-rows';
import type { PrincipleSummary } from './principle-summary';

export const optionId = (storyId: string) => `story-option-${storyId}`;

interface StoryOptionProps {
  story: Story;
  selected: boolean;
  /** The one option Tab lands on (roving focus). */
  tabbable: boolean;
  principles: PrincipleSummary;
  openChecks: number;
  /** Where the row sits in the whole list (1-based) and its length: only some rows exist. */
  position: number;
  setSize: number;
  /** Its top in the list, from the virtualizer. */
  start: number;
  /** The virtualizer measures each drawn row: a title may take one line or two. */
  ref: Ref<HTMLLIElement>;
}

/**
 * One row of the library. Its accessible name is its text, title first, so it holds every
 * word on screen (a voice user may say any of them; axe: label-content-name-mismatch), with
 * hidden full stops where the eye sees a new line. When the row shortens its principles to
 * "+N", the description names them all.
 * Memoized: with 1,000 stories, moving the selection re-renders two rows, not every drawn one.
 */
export const StoryOption = memo(function StoryOption(props: StoryOptionProps) {
  const { story, selected, tabbable, principles, openChecks, position, setSize, start, ref } =
    props;
  const id = optionId(story.id);
  const headline = story.headline.trim() || 'No headline yet';
  return (
    <li
      ref={ref}
      id={id}
      role="option"
      aria-selected={selected}
      aria-describedby={principles.more > 0 ? `${id}-principles` : undefined}
      aria-posinset={position}
      aria-setsize={setSize}
      tabIndex={tabbable ? 0 : -1}
      data-story-id={story.id}
      data-index={position - 1}
      className="story-option"
      style={{ transform: `translateY(${start}px)` }}
    >
      <div className="story-option__line story-option__line--top">
        <span className="story-option__title" title={story.title}>
          {story.title}
          <Pause after={story.title} />
        </span>
        <span className={`status status--${story.status}`}>
          {STATUS_TEXT[story.status]}
          <Pause after={STATUS_TEXT[story.status]} />
        </span>
      </div>
      <div className="story-option__headline">
        {story.headline.trim() ? (
          headline
        ) : (
          <span className="story-option__missing">{headline}</span>
        )}
        <Pause after={headline} />
      </div>
      <div className="story-option__line">
        <span className="story-option__principles" title={principles.full || undefined}>
          {principles.shown || <span className="story-option__missing">No principles mapped</span>}
          {principles.more === 0 && <Pause after={principles.shown || 'No principles mapped'} />}
        </span>
        {principles.more > 0 && (
          <span className="story-option__more">
            +{principles.more}
            <Pause after="+" />
          </span>
        )}
        <ChecksBadge open={openChecks} />
      </div>
      {principles.more > 0 && (
        <span id={`${id}-principles`} hidden>
          {`All principles: ${principles.full}`}
        </span>
      )}
    </li>
  );
});

/**
 * A full stop for the ear only (see pauseAfter). Inline and zero-sized rather than
 * .visually-hidden: an absolute box is a block, and blocks add a space to the name (" .").
 */
function Pause({ after }: { after: string }) {
  const pause = pauseAfter(after);
  return pause ? <span className="story-option__pause">{pause}</span> : null;
}

function ChecksBadge({ open }: { open: number }) {
  if (open === 0) {
    return (
      <span className="check-badge check-badge--pass" title={checksText(0)}>
        <span aria-hidden="true">✓</span>
        <span className="visually-hidden">{checksText(0)}</span>
      </span>
    );
  }
  return (
    <span
      className="check-badge check-badge--open"
      title={`${open} ${open === 1 ? 'check' : 'checks'} in the story's checklist to fix`}
    >
      {checksText(open)}
    </span>
  );
}
