import { useState } from 'react';
import { errorMessage } from './api';
import { draftTitle } from './coverage-draft-title';
import { useNavigation } from './navigation';
import { useStoryActions } from './story-actions';

/**
 * Starts a story for a principle and opens it in the editor: "Draft a story for this" in
 * Write next, and "Write your first story" on an empty matrix. The chosen question becomes
 * the story's target question, whole; the title is its short gist.
 */
export function useDraftStory() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { create } = useStoryActions();
  const { openStory } = useNavigation();

  async function draft(principle: { principleId: string; name: string }, question: string | null) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const story = await create({
        title: draftTitle(principle.name, question),
        principles: [{ principleId: principle.principleId, strength: 'primary' }],
        targetQuestions: question ? [question] : [],
      });
      openStory(story.id);
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  }

  return { busy, failure, draft };
}
