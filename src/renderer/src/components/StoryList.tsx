import type { Story } from '../../../core/model/schema';

const STATUS_TEXT: Record<Story['status'], string> = { draft: 'Draft', ready: 'Ready' };

interface StoryListProps {
  stories: Story[];
}

export function StoryList({ stories }: StoryListProps) {
  if (stories.length === 0) {
    return (
      <p className="empty-state">
        No stories yet. Start with a working title — you can fill in the STAR parts later.
      </p>
    );
  }
  return (
    <ul aria-label="Stories" className="story-list">
      {stories.map((story) => (
        <li key={story.id} className="story-row">
          <div className="story-row__text">
            <span className="story-row__title">{story.title}</span>
            {story.headline && <span className="story-row__headline">{story.headline}</span>}
          </div>
          <span className={`status status--${story.status}`}>{STATUS_TEXT[story.status]}</span>
        </li>
      ))}
    </ul>
  );
}
