import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { Story } from '../../../../core/model/schema';
import { useBankApi } from '../../lib/bank-context';
import { forgetRecovered } from '../../lib/draft-recovery';
import type { StoryFormValues } from '../../lib/story-changes';
import { useRemembered } from '../../lib/use-remembered';
import { Checklist } from './Checklist';
import { DetailsFields } from './DetailsFields';
import { FIELD_IDS, isMadeUpTitle } from './field-ids';
import { FollowUpFields } from './FollowUpFields';
import { PrincipleFields } from './PrincipleFields';
import { SaveFailure, SaveStatus } from './SaveStatus';
import { StatusField } from './StatusField';
import { TargetQuestions } from './TargetQuestions';
import { StoryFormSchema, storyIssueMessage } from './story-form-schema';
import { startingPoint, useAutosave } from './use-autosave';
import { WritingFields } from './WritingFields';

export interface StoryEditorProps {
  story: Story;
  /** Non-zero: move focus to the title; a new number (the story opened again) moves it again. */
  focusRequest: number;
}

function EditorTitle({ fallback }: { fallback: string }) {
  const title = useWatch<StoryFormValues, 'title'>({ name: 'title' });
  return (
    <h2 id="editor-heading" className="editor__title">
      {title.trim() || fallback}
    </h2>
  );
}

/**
 * The open story, written top to bottom the way a candidate drafts it, with its checks always
 * in view: beside the text on a wide pane, docked under it otherwise (editor.css). Everything
 * typed is kept: see use-autosave.ts.
 */
export function StoryEditor({ story, focusRequest }: StoryEditorProps) {
  const { view } = useBankApi();
  const [start] = useState(() => startingPoint(story));
  const [recovered, setRecovered] = useState(start.recovered);
  const form = useForm<StoryFormValues>({
    resolver: zodResolver(StoryFormSchema, { error: storyIssueMessage }),
    defaultValues: start.values,
    mode: 'onChange',
  });
  const autosave = useAutosave(story, form, start);
  // Folding the checks is a choice about the desk, not the story: it holds from story to story.
  const [checksOpen, setChecksOpen] = useRemembered('editor.checksOpen', true);
  const principleSet = view.bank.principleSets.find((set) => set.id === view.bank.activeSetId);

  // On mount, and again when an already shown story is opened (Enter on its row).
  useEffect(() => {
    if (!focusRequest) return;
    const title = document.getElementById(FIELD_IDS.title);
    if (!(title instanceof HTMLTextAreaElement)) return;
    title.focus();
    if (isMadeUpTitle(title.value)) title.select();
  }, [focusRequest]);

  return (
    <FormProvider {...form}>
      <section className="editor" aria-label="Editor">
        <header className="editor__header">
          <EditorTitle fallback={story.title} />
          <SaveStatus state={autosave.state} />
        </header>
        {autosave.state.kind === 'failed' && (
          <SaveFailure message={autosave.state.message} onRetry={autosave.flush} />
        )}
        {recovered && (
          <div className="editor__recovered" role="note">
            <p>Recovered text you typed before the window closed.</p>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                forgetRecovered(story.id);
                setRecovered(false);
              }}
            >
              OK
            </button>
          </div>
        )}
        <div className={`editor__body${checksOpen ? '' : ' editor__body--folded'}`}>
          <div className="editor__writing">
            <form
              className="story-form"
              aria-labelledby="editor-heading"
              noValidate
              onSubmit={(event) => event.preventDefault()}
              onBlur={autosave.flush}
            >
              <WritingFields />
              <DetailsFields />
              {principleSet && <PrincipleFields set={principleSet} />}
              <TargetQuestions />
              <FollowUpFields />
              <StatusField />
            </form>
          </div>
          <Checklist
            settings={view.bank.settings}
            open={checksOpen}
            onToggle={() => setChecksOpen((previous) => !previous)}
          />
        </div>
      </section>
    </FormProvider>
  );
}
