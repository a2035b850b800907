import { STRENGTH_MARK } from '../../../../core/coverage/presentation';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useBankApi } from '../../lib/bank-context';
import { matchQuestions, storiesByPrinciple } from '../../lib/coverage-questions';
import { useNavigation } from '../../lib/navigation';

/**
 * The "Questions" tab: what interviewers ask, principle by principle, with the stories that
 * answer each beside it (primary first). A search narrows questions and principles.
 */
export function QuestionBank() {
  const { view } = useBankApi();
  const { openStory } = useNavigation();
  const { principleSets, activeSetId, stories } = view.bank;
  const set = principleSets.find((candidate) => candidate.id === activeSetId) ?? principleSets[0]!;
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const groups = useMemo(() => matchQuestions(set.principles, deferred), [set, deferred]);
  const mapped = useMemo(() => storiesByPrinciple(stories), [stories]);
  const searchId = useId();

  return (
    <div className="cov-page cov-questions">
      <div className="cov-questions__search">
        <label htmlFor={searchId} className="field-label">
          Search questions
        </label>
        <input
          id={searchId}
          type="search"
          className="text-input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p className="muted cov-questions__count" aria-live="polite">
          {groups.reduce((sum, group) => sum + group.questions.length, 0)} questions in{' '}
          {groups.length} principles of “{set.name}”
        </p>
      </div>
      {groups.map(({ principle, questions }) => {
        const storiesFor = mapped.get(principle.id) ?? [];
        const headingId = `questions-${principle.id}`;
        return (
          <section key={principle.id} className="cov-qgroup" aria-labelledby={headingId}>
            <h2 id={headingId} className="cov-qgroup__name">
              {principle.name}
            </h2>
            <div className="cov-qgroup__body">
              {questions.length ? (
                <ul className="cov-qgroup__questions">
                  {questions.map((question) => (
                    <li key={question.id}>{question.text}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No questions yet. Add some under Principle sets.</p>
              )}
              <div className="cov-qgroup__stories">
                <h3 className="cov-qgroup__label">Stories</h3>
                {storiesFor.length === 0 ? (
                  <p className="cov-qgroup__none">None yet</p>
                ) : (
                  <ul aria-label={`Stories for ${principle.name}`}>
                    {storiesFor.map(({ story, strength }) => (
                      <li key={story.id} className="cov-qgroup__story">
                        <span className={`cov-mark cov-mark--${strength}`} aria-hidden="true">
                          {STRENGTH_MARK[strength]}
                        </span>
                        <button
                          type="button"
                          className="cov-link"
                          onClick={() => openStory(story.id)}
                        >
                          {story.title}
                        </button>
                        <span className="visually-hidden">, {strength}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </section>
        );
      })}
      {groups.length === 0 && <p className="muted">No question or principle matches “{query}”.</p>}
    </div>
  );
}
