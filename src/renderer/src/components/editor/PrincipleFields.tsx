import { useController } from 'react-hook-form';
import type { PrincipleMapping, PrincipleSet, Strength } from '../../../../core/model/schema';
import type { StoryFormValues } from '../../lib/story-changes';
import { FIELD_IDS } from './field-ids';

const STRENGTH_TEXT: Record<Strength, string> = { primary: 'Primary', secondary: 'Secondary' };

/** Sets one principle's strength; mappings to other sets' principles are kept as they are. */
function withStrength(
  mappings: PrincipleMapping[],
  principleId: string,
  strength: Strength | '',
): PrincipleMapping[] {
  const index = mappings.findIndex((mapping) => mapping.principleId === principleId);
  if (strength === '') return mappings.filter((_, i) => i !== index);
  if (index < 0) return [...mappings, { principleId, strength }];
  return mappings.with(index, { principleId, strength });
}

/** Which of the active set's principles the story shows, and how strongly. */
export function PrincipleFields({ set }: { set: PrincipleSet }) {
  const { field } = useController<StoryFormValues, 'principles'>({ name: 'principles' });
  const strengthOf = new Map(field.value.map((mapping) => [mapping.principleId, mapping.strength]));
  const mapped = set.principles.filter((principle) => strengthOf.has(principle.id)).length;

  return (
    <fieldset className="form-section" id={FIELD_IDS.principles}>
      <legend className="form-section__title">
        Principles
        <span className="form-section__note">
          {mapped === 0 ? set.name : `${mapped} of ${set.principles.length} mapped · ${set.name}`}
        </span>
      </legend>
      <div className="principle-area">
        <ul className="principle-grid">
          {set.principles.map((principle) => {
            const strength = strengthOf.get(principle.id);
            const id = `story-principle-${principle.id}`;
            return (
              <li
                key={principle.id}
                className={strength ? `principle principle--${strength}` : 'principle'}
              >
                <label htmlFor={id} className="principle__name" title={principle.description}>
                  {principle.name}
                </label>
                <select
                  id={id}
                  className="principle__select"
                  aria-label={principle.name}
                  value={strength ?? ''}
                  onChange={(event) =>
                    field.onChange(
                      withStrength(field.value, principle.id, event.target.value as Strength | ''),
                    )
                  }
                  onBlur={field.onBlur}
                >
                  <option value="">Not used</option>
                  <option value="primary">{STRENGTH_TEXT.primary}</option>
                  <option value="secondary">{STRENGTH_TEXT.secondary}</option>
                </select>
              </li>
            );
          })}
        </ul>
      </div>
    </fieldset>
  );
}
