import { useState } from 'react';
import { knownPrincipleIds } from '../../../core/model/rules';
import { errorMessage } from '../lib/api';
import { useBankApi } from '../lib/bank-context';
import { useStoryActions } from '../lib/story-actions';
import { isMac } from './library/platform';
import { sampleStory } from './sample-story';
import './first-run.css';

/** A shortcut as the person presses it, Ctrl (Cmd on a Mac) and the key, each in a key cap. */
function Shortcut({ letter }: { letter: string }) {
  return (
    <span className="first-run__keys">
      <kbd>{isMac ? 'Cmd' : 'Ctrl'}</kbd>+<kbd>{letter}</kbd>
    </span>
  );
}

interface FirstRunProps {
  /** Opens the sample in the editor once the bank has it, focus in it. */
  onOpen: (id: string) => void;
}

/**
 * What an empty bank shows where the editor will be: the three steps from a blank page to a
 * prep pack, and a sample story to read first. The sample is an ordinary story made through
 * 'stories:create' (marked by its title and its tag), so it is edited and trashed like any.
 */
export function FirstRun({ onOpen }: FirstRunProps) {
  const { bank } = useBankApi().view;
  const { create } = useStoryActions();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function addSample() {
    setBusy(true);
    setProblem('');
    try {
      const story = await create(sampleStory(new Date(), knownPrincipleIds(bank)));
      onOpen(story.id);
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <div className="first-run__inner">
        <h2 id="first-run-heading" className="first-run__title">
          Your first prep pack in three steps
        </h2>
        <p className="first-run__intro">
          Storybank keeps your interview stories in one place, coaches each one as you write it, and
          prints them for the night before.
        </p>
        <ol className="first-run__steps">
          <li className="first-run__step">
            <strong className="first-run__name">Write</strong>
            <p>
              Type a working title in the box above the list (<Shortcut letter="N" />) and press
              Enter. Fill in Situation, Task, Action and Result; the checks beside the editor say
              what is missing.
            </p>
          </li>
          <li className="first-run__step">
            <strong className="first-run__name">Map</strong>
            <p>
              In the editor, tick the principles the story shows. Coverage (<Shortcut letter="2" />)
              then shows which principles still have no story.
            </p>
          </li>
          <li className="first-run__step">
            <strong className="first-run__name">Export</strong>
            <p>
              Export (<Shortcut letter="5" />) makes a Word prep pack: a cheat sheet and a card for
              each story.
            </p>
          </li>
        </ol>
        <div className="first-run__sample">
          <p id="first-run-sample-hint">
            Read a finished story first: the sample passes every check. It is titled “Sample: …” and
            tagged <em>sample</em>; move it to the Trash when you are done with it.
          </p>
          <button
            type="button"
            className="button button--primary"
            aria-describedby="first-run-sample-hint"
            aria-disabled={busy}
            onClick={() => void (!busy && addSample())}
          >
            Add a sample story
          </button>
        </div>
        {/* Only while there is one: an empty alert would still count as one on the page. */}
        {problem && (
          <p className="first-run__problem inline-error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </section>
  );
}
