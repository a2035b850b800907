import type { Story } from '../../../../core/model/schema';

interface StoryChecklistProps {
  stories: readonly Story[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}

/** The live stories as checkboxes, in bank order, with select all / none. */
export function StoryChecklist({ stories, chosen, onChange }: StoryChecklistProps) {
  const count = stories.filter((story) => chosen.has(story.id)).length;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="story-checklist">
      <legend className="visually-hidden">Stories to include</legend>
      <div className="story-checklist__bar">
        <span className="story-checklist__count" aria-live="polite">
          {count} of {stories.length} chosen
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange(new Set(stories.map((story) => story.id)))}
        >
          Select all
        </button>
        <button type="button" className="button button--small" onClick={() => onChange(new Set())}>
          Select none
        </button>
      </div>
      {stories.length === 0 ? (
        <p className="story-checklist__empty">Your bank has no stories yet.</p>
      ) : (
        <ul className="story-checklist__list">
          {stories.map((story) => (
            <li key={story.id}>
              <label className="story-checklist__item">
                <input
                  type="checkbox"
                  checked={chosen.has(story.id)}
                  onChange={(event) => toggle(story.id, event.target.checked)}
                />
                <span className="story-checklist__title">{story.title}</span>
                <span className={`export-status export-status--${story.status}`}>
                  {story.status === 'ready' ? 'Ready' : 'Draft'}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
