import { useId } from 'react';
import type { PrincipleSort, StorySort } from '../../lib/coverage-order';

export interface MatrixOptions {
  readyOnly: boolean;
  tag: string;
  company: string;
  principleSort: PrincipleSort;
  storySort: StorySort;
  swapped: boolean;
}

interface MatrixToolbarProps {
  options: MatrixOptions;
  tags: readonly string[];
  companies: readonly string[];
  onChange: (changes: Partial<MatrixOptions>) => void;
}

function Select<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <span className="cov-control">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        className="cov-select"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T)}
      >
        {props.choices.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Two dense lines above the matrix: what counts (filters), and how it is laid out. */
export function MatrixToolbar({ options, tags, companies, onChange }: MatrixToolbarProps) {
  return (
    <div className="cov-toolbar">
      <div className="cov-toolbar__line" role="group" aria-label="What counts">
        <span className="cov-toolbar__lead" aria-hidden="true">
          Count
        </span>
        <label className="cov-check">
          <input
            type="checkbox"
            checked={options.readyOnly}
            onChange={(event) => onChange({ readyOnly: event.target.checked })}
          />
          Ready stories only
        </label>
        <Select
          label="Tag"
          value={options.tag}
          choices={[['', 'Any tag'], ...tags.map((tag) => [tag, tag] as const)]}
          onChange={(tag) => onChange({ tag })}
        />
        <Select
          label="Company"
          value={options.company}
          choices={[['', 'Any company'], ...companies.map((name) => [name, name] as const)]}
          onChange={(company) => onChange({ company })}
        />
      </div>
      <div className="cov-toolbar__line" role="group" aria-label="How the matrix is laid out">
        <span className="cov-toolbar__lead" aria-hidden="true">
          Show
        </span>
        <Select<PrincipleSort>
          label="Principles"
          value={options.principleSort}
          choices={[
            ['gaps-first', 'Gaps first'],
            ['set-order', 'In set order'],
          ]}
          onChange={(principleSort) => onChange({ principleSort })}
        />
        <Select<StorySort>
          label="Stories"
          value={options.storySort}
          choices={[
            ['most-principles', 'Most principles first'],
            ['least-rehearsed', 'Least rehearsed first'],
            ['created', 'As created'],
          ]}
          onChange={(storySort) => onChange({ storySort })}
        />
        <label className="cov-check">
          <input
            type="checkbox"
            checked={options.swapped}
            onChange={(event) => onChange({ swapped: event.target.checked })}
          />
          Swap rows and columns
        </label>
      </div>
    </div>
  );
}
