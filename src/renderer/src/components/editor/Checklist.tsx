import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Settings, StoryContent } from '../../../../core/model/schema';
import {
  estimateSpeakingSeconds,
  formatDuration,
  runChecks,
  type CheckResult,
} from '../../../../core/quality';
import { countWords } from '../../../../core/quality/text';
import type { StoryFormValues } from '../../lib/story-changes';
import { CheckItem } from './CheckItem';
import { FIELD_IDS } from './field-ids';

const SEVERITY_ORDER = { problem: 0, suggestion: 1 } as const;

interface Grouped {
  failing: CheckResult[];
  passing: CheckResult[];
  dismissed: CheckResult[];
}

function group(results: CheckResult[]): Grouped {
  const failing = results.filter((result) => !result.passed && !result.dismissed);
  // Array.sort is stable: within a severity the checks keep their story order.
  failing.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    failing,
    passing: results.filter((result) => result.passed),
    dismissed: results.filter((result) => result.dismissed),
  };
}

interface ChecklistProps {
  settings: Settings;
  /** Folded, only the bar shows: the heading, how many are open, the length and the toggle. */
  open: boolean;
  onToggle: () => void;
}

/**
 * The story's checks, live: what fails first (problems, then suggestions), then what passes,
 * then what the candidate dismissed. Runs on a deferred copy of the form, so typing never waits.
 * It stays in view while the text scrolls: a panel beside the text, or docked under it.
 */
export function Checklist({ settings, open, onToggle }: ChecklistProps) {
  const { setValue } = useFormContext<StoryFormValues>();
  // Every field has a default value, so the watched form is whole.
  const values = useDeferredValue(useWatch<StoryFormValues>() as StoryFormValues);
  const story = useMemo<StoryContent>(() => ({ ...values, when: values.when || null }), [values]);
  const results = useMemo(() => group(runChecks(story, settings, new Date())), [story, settings]);
  const seconds = estimateSpeakingSeconds(story, settings.speakingRateWpm);
  const words = [story.situation, story.task, story.action, story.result]
    .map(countWords)
    .reduce((sum, count) => sum + count, 0);
  // Dismissing removes the focused button: focus stays in the open list, on the check that
  // takes its place. Restoring brings a check back: focus goes with it. Applied once the
  // (deferred) list shows the change.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const element = focusNext.current && document.getElementById(focusNext.current);
    if (!element) return;
    element.focus();
    focusNext.current = null;
  });

  function setDismissed(id: string, dismissed: boolean): void {
    const current = story.dismissedChecks.filter((other) => other !== id);
    setValue('dismissedChecks', dismissed ? [...current, id] : current, { shouldDirty: true });
    if (!dismissed) {
      focusNext.current = `check-dismiss-${id}`;
      return;
    }
    const index = results.failing.findIndex((result) => result.id === id);
    const next = results.failing[index + 1] ?? results.failing[index - 1];
    focusNext.current = next ? `check-dismiss-${next.id}` : 'checks-heading';
  }

  const openCount = results.failing.length;
  return (
    // The panel itself scrolls (its bar sticks), so a scroll region always holds a control.
    <aside
      className={`checklist${open ? '' : ' checklist--folded'}`}
      aria-labelledby="checks-heading"
      id={FIELD_IDS.dismissedChecks}
    >
      <div className="checklist__bar">
        <h3 id="checks-heading" className="checklist__heading" tabIndex={-1}>
          Checks
        </h3>
        <p className="checklist__summary">
          About {formatDuration(seconds)} spoken · {words} {words === 1 ? 'word' : 'words'}
        </p>
        {/* The library's words for the same count, so the row and the panel agree. */}
        <span className={`checklist__count${openCount ? '' : ' checklist__count--none'}`}>
          {openCount ? `${openCount} to fix` : 'Nothing to fix'}
        </span>
        <button
          type="button"
          className="button button--quiet button--small checklist__toggle"
          aria-expanded={open}
          aria-controls="checks-content"
          onClick={onToggle}
        >
          <span className="checklist__chevron" aria-hidden="true" />
          {open ? 'Hide checks' : 'Show checks'}
        </button>
      </div>
      <div id="checks-content" className="checklist__content" hidden={!open}>
        {openCount === 0 && (
          <p className="checklist__clear">Nothing to fix: every check passes or is dismissed.</p>
        )}
        <ul className="check-list" aria-label="Open checks">
          {results.failing.map((result) => (
            <CheckItem
              key={result.id}
              result={result}
              onDismiss={() => setDismissed(result.id, true)}
            />
          ))}
        </ul>
        <ul className="check-list check-list--passing" aria-label="Passing checks">
          {results.passing.map((result) => (
            <CheckItem key={result.id} result={result} />
          ))}
        </ul>
        {results.dismissed.length > 0 && (
          <section aria-labelledby="checks-dismissed-heading">
            <h4 id="checks-dismissed-heading" className="checklist__subheading">
              Dismissed
            </h4>
            <ul className="check-list check-list--dismissed" aria-label="Dismissed checks">
              {results.dismissed.map((result) => (
                <CheckItem
                  key={result.id}
                  result={result}
                  onRestore={() => setDismissed(result.id, false)}
                />
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
