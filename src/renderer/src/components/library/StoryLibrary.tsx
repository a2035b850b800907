import type { Story } from '../../../../core/model/schema';
import { useStoryActions } from '../../lib/story-actions';
import { NewStoryForm } from '../NewStoryForm';
import { StoryList } from '../StoryList';

export interface StoryLibraryProps {
  /** Every story, the trashed ones too (the library shows the trash). */
  stories: Story[];
  selectedId: string | null;
  /** Highlights a story (arrow keys, a click); the editor shows it. */
  onSelect: (id: string) => void;
  /** Opens a story for writing (Enter, a new story): the editor takes focus. */
  onOpen: (id: string) => void;
}

/** Placeholder until the library lands: the list and the new-story form. */
export function StoryLibrary({ stories, onOpen }: StoryLibraryProps) {
  const actions = useStoryActions();
  return (
    <div className="library">
      <NewStoryForm onCreate={async (title) => onOpen((await actions.create({ title })).id)} />
      <StoryList stories={stories.filter((story) => story.deletedAt === null)} />
    </div>
  );
}
