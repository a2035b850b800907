export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

interface SegmentedProps<T extends string> {
  name: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  labelledBy: string;
  describedBy?: string;
  className?: string;
}

/** A radio group drawn as one segmented control: arrow keys move between options, as radios do. */
export function Segmented<T extends string>(props: SegmentedProps<T>) {
  const { name, options, value, onChange, labelledBy, describedBy, className = '' } = props;
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`segmented ${className}`.trim()}
    >
      {options.map((option) => (
        <label key={option.value} className="segmented__option">
          <input
            type="radio"
            name={name}
            className="segmented__input"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}
