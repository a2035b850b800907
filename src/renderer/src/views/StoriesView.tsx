import { isLive } from '../../../core/model/story-list';
import { useState } from 'react';
import { StoryEditor } from '../components/editor/StoryEditor';
import { FirstRun } from '../components/FirstRun';
import { StoryLibrary } from '../components/library/StoryLibrary';
import { useBankApi } from '../lib/bank-context';
import { useDraftRecovery } from '../lib/use-draft-recovery';
import { useNavigation } from '../lib/navigation';
import { useRemembered } from '../lib/use-remembered';

/**
 * The writing desk: the library on the left, the open story on the right. This view only
 * knows which story is open; each pane owns its own behaviour.
 */
export function StoriesView() {
  const { view } = useBankApi();
  // Text typed just before the window last closed goes to the bank first.
  useDraftRecovery();
  const [selectedId, setSelectedId] = useRemembered<string | null>('stories.selected', null);
  // Opening (Enter, a new story) moves focus into the editor, every time; selecting with the
  // arrows does not. `seq` makes a second Enter on the open story a new request.
  const [focus, setFocus] = useState<{ storyId: string | null; seq: number }>({
    storyId: null,
    seq: 0,
  });
  const open = (id: string) => {
    setFocus((previous) => ({ storyId: id, seq: previous.seq + 1 }));
    setSelectedId(id);
  };
  const { requested } = useNavigation();
  // Another view asked for a story ("Draft a story for this"): open it, focus in the editor.
  const [seenRequest, setSeenRequest] = useState(0);
  if (requested && requested.seq !== seenRequest) {
    setSeenRequest(requested.seq);
    open(requested.id);
  }
  const selected = view.bank.stories.find((story) => story.id === selectedId && isLive(story));

  return (
    <section className="stories-view" aria-labelledby="stories-heading">
      <h1 id="stories-heading" className="visually-hidden">
        Stories
      </h1>
      <StoryLibrary
        stories={view.bank.stories}
        selectedId={selected?.id ?? null}
        onSelect={(id) => {
          setFocus((previous) => ({ storyId: null, seq: previous.seq }));
          setSelectedId(id);
        }}
        onOpen={open}
      />
      {selected ? (
        <StoryEditor
          key={selected.id}
          story={selected}
          focusRequest={focus.storyId === selected.id ? focus.seq : 0}
        />
      ) : view.bank.stories.length === 0 ? (
        // A bank with no story at all, not even in the Trash: a first run, so teach.
        <FirstRun onOpen={open} />
      ) : (
        <div className="editor-empty">
          <p>Choose a story on the left, or start a new one with a working title.</p>
        </div>
      )}
    </section>
  );
}
