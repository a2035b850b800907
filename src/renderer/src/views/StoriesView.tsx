import type { Story } from '../../../core/model/schema';
import type { BankView } from '../../../shared/contract';
import { call } from '../lib/api';
import { NewStoryForm } from '../components/NewStoryForm';
import { StoryList } from '../components/StoryList';

interface StoriesViewProps {
  stories: Story[];
  updateView: (change: (view: BankView) => BankView) => void;
}

const withStories = (view: BankView, stories: Story[]): BankView => ({
  ...view,
  bank: { ...view.bank, stories },
});

// Newest first: a story just created shows right under the form that made it.
const newestFirst = (a: Story, b: Story) => b.createdAt.localeCompare(a.createdAt);

export function StoriesView({ stories, updateView }: StoriesViewProps) {
  const visible = stories.filter((story) => story.deletedAt === null).sort(newestFirst);

  async function create(title: string) {
    const story = await call('stories:create', { title });
    updateView((view) => withStories(view, [...view.bank.stories, story]));
    // Then take the bank's own list, in case another change landed meanwhile.
    call('stories:list', { includeDeleted: true }).then(
      (all) => updateView((view) => withStories(view, all)),
      // The new story is already shown; a failed refresh only means the list may be behind.
      (error: unknown) => console.warn('Could not refresh the story list', error),
    );
  }

  return (
    <section className="view" aria-labelledby="stories-heading">
      <h1 id="stories-heading">Stories</h1>
      <NewStoryForm onCreate={create} />
      <StoryList stories={visible} />
    </section>
  );
}
