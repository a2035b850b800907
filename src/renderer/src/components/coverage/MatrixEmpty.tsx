import { useMemo } from 'react';
import type { PrincipleCoverage } from '../../../../core/coverage/coverage';
import { askedFirst, askedQuestions } from '../../../../core/loops/debrief';
import type { Principle } from '../../../../core/model/schema';
import { plural } from '../../../../core/quality/text';
import { useBankApi } from '../../lib/bank-context';
import { useDraftStory } from '../../lib/coverage-draft';
import type { MatrixOptions } from './MatrixToolbar';

interface MatrixEmptyProps {
  /** Stories in the bank, out of the Trash; none of them counts under the filters. */
  liveStories: number;
  principleCount: number;
  /** The first principle under Write next, with its questions. */
  first: PrincipleCoverage | undefined;
  principle: Principle | undefined;
  options: Pick<MatrixOptions, 'readyOnly' | 'tag' | 'company'>;
  onChange: (changes: Partial<MatrixOptions>) => void;
}

/**
 * What the matrix shows when no story counts: a grid of empty columns says nothing, so this
 * says what to do first, with the button that does it. An empty bank is offered its first
 * story, a draft for the principle that leads Write next, opened in the editor; a bank whose
 * stories are all filtered out is offered the filter change that brings them back.
 */
export function MatrixEmpty(props: MatrixEmptyProps) {
  const { liveStories, options, onChange } = props;
  if (liveStories > 0) {
    const conditions = [
      options.readyOnly ? 'ready' : '',
      options.tag ? `tagged “${options.tag}”` : '',
      options.company ? `from ${options.company}` : '',
    ].filter(Boolean);
    return (
      <section className="cov-empty-guide" aria-labelledby="cov-empty-heading">
        <h2 id="cov-empty-heading" className="cov-empty-guide__heading">
          No story counts under these filters
        </h2>
        <p>
          {liveStories === 1 ? 'Your one story is not' : `None of your ${liveStories} stories is`}{' '}
          {conditions.join(' and ')}, so every principle shows as a gap.
        </p>
        <div className="cov-empty-guide__actions">
          {options.readyOnly && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => onChange({ readyOnly: false })}
            >
              Count drafts too
            </button>
          )}
          {(options.tag || options.company) && (
            <button
              type="button"
              className={options.readyOnly ? 'button' : 'button button--primary'}
              onClick={() => onChange({ tag: '', company: '' })}
            >
              Clear tag and company
            </button>
          )}
        </div>
      </section>
    );
  }
  return <FirstStory {...props} />;
}

function FirstStory({ principleCount, first, principle }: MatrixEmptyProps) {
  const { loops } = useBankApi().view.bank;
  const { busy, failure, draft } = useDraftStory();
  // The question Write next offers first: one asked in a loop, else the set's first.
  const question = useMemo(() => {
    if (!first || !principle) return null;
    return askedFirst(first.principleId, principle.questions, askedQuestions({ loops }))[0] ?? null;
  }, [first, principle, loops]);

  return (
    <section className="cov-empty-guide" aria-labelledby="cov-empty-heading">
      <h2 id="cov-empty-heading" className="cov-empty-guide__heading">
        No stories yet
      </h2>
      <p>
        This matrix will show which of your {plural(principleCount, 'principle', 'principles')} each
        story proves, and where the gaps are.
        {first && (
          <>
            {' '}
            Start with <strong>{first.name}</strong>, first under Write next.
          </>
        )}
      </p>
      {question && (
        <blockquote className="cov-empty-guide__question">
          <span className="cov-empty-guide__label">The question it answers</span>
          {question.text}
        </blockquote>
      )}
      <div className="cov-empty-guide__actions">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy || !first}
          aria-describedby="cov-empty-after"
          onClick={() => first && void draft(first, question?.text ?? null)}
        >
          Write your first story
        </button>
      </div>
      <p id="cov-empty-after" className="cov-empty-guide__after">
        It opens in Stories with the question attached and {first?.name ?? 'the principle'} ticked.
        Any other story works too: write it under Stories and tick what it shows.
      </p>
      {failure && (
        <p role="alert" className="inline-error">
          {failure}
        </p>
      )}
    </section>
  );
}
