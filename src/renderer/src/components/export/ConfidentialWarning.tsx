import type { ConfidentialMatch, StoryTextField } from '../../../../core/export/redaction';

const FIELD_NAMES: Record<StoryTextField, string> = {
  title: 'Title',
  headline: 'Headline',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learnings: 'Learnings',
  metrics: 'Metrics',
  company: 'Company',
  role: 'Role',
  project: 'Project',
  tags: 'Tags',
  targetQuestions: 'Target questions',
  followUps: 'Follow-ups',
};

/** Enough to see what is at stake; the rest is counted, so a long list never floods the view. */
const SHOWN = 12;

interface ConfidentialWarningProps {
  matches: readonly ConfidentialMatch[];
  mask: boolean;
  onMask: (mask: boolean) => void;
}

/** Where the confidential terms appear in the chosen stories, and whether to mask them. */
export function ConfidentialWarning({ matches, mask, onMask }: ConfidentialWarningProps) {
  const stories = new Set(matches.map((match) => match.storyId)).size;
  const hidden = matches.length - SHOWN;
  return (
    <section className="export-warning" aria-labelledby="export-warning-heading">
      <h3 id="export-warning-heading" className="export-warning__heading">
        Confidential terms appear in {stories} {stories === 1 ? 'story' : 'stories'}
      </h3>
      <table className="export-warning__table">
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Story</th>
            <th scope="col">Field</th>
            <th scope="col" className="export-warning__count">
              Times
            </th>
          </tr>
        </thead>
        <tbody>
          {matches.slice(0, SHOWN).map((match) => (
            <tr key={`${match.term}\u0000${match.storyId}\u0000${match.field}`}>
              <td className="export-warning__term">{match.term}</td>
              <td>{match.storyTitle}</td>
              <td>{FIELD_NAMES[match.field]}</td>
              <td className="export-warning__count">{match.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <p className="export-warning__more">
          and {hidden} more {hidden === 1 ? 'place' : 'places'}
        </p>
      )}
      <label className="export-check export-warning__mask">
        <input type="checkbox" checked={mask} onChange={(event) => onMask(event.target.checked)} />
        Mask them as [redacted] in the pack
      </label>
      <p className="export-warning__note">
        {mask
          ? 'Each term is replaced in every story text; your bank keeps the real words.'
          : 'The pack will show them as written.'}
      </p>
    </section>
  );
}
