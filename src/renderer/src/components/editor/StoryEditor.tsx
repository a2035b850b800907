import type { Story } from '../../../../core/model/schema';

export interface StoryEditorProps {
  story: Story;
  /** Move focus into the editor on mount (the story was just opened or created). */
  autoFocus: boolean;
}

/** Placeholder until the editor lands. */
export function StoryEditor({ story }: StoryEditorProps) {
  return (
    <div className="editor">
      <h2>{story.title}</h2>
    </div>
  );
}
