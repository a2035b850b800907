import { Segmented } from '../Segmented';
import type { Bank } from '../../../../core/model/schema';
import { OptionRow } from './OptionRow';
import {
  liveStories,
  SECTIONS,
  storiesHint,
  type PackChoices,
  type StoryChoice,
} from './pack-options';
import { StoryChecklist } from './StoryChecklist';

const STORY_CHOICES: { value: StoryChoice; label: string }[] = [
  { value: 'ready', label: 'Ready stories' },
  { value: 'all', label: 'All stories' },
  { value: 'chosen', label: 'Choose stories' },
];

interface PackOptionsProps {
  bank: Bank;
  choices: PackChoices;
  /** The set actually used: the chosen one, or the active set. */
  setId: string;
  onChange: (change: Partial<PackChoices>) => void;
}

/** What goes into the pack: the principle set, which stories, which sections. */
export function PackOptions({ bank, choices, setId, onChange }: PackOptionsProps) {
  const live = liveStories(bank.stories);
  return (
    <>
      <OptionRow
        id="pack-set"
        label="Principle set"
        hint="The principles the pack is organised by."
        controlId="pack-set-select"
      >
        <select
          id="pack-set-select"
          className="export-select"
          value={setId}
          aria-describedby="pack-set-hint"
          onChange={(event) => onChange({ setId: event.target.value })}
        >
          {bank.principleSets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name}
              {set.id === bank.activeSetId ? ' (active)' : ''}
            </option>
          ))}
        </select>
      </OptionRow>
      {bank.loops.length > 0 && (
        <OptionRow
          id="pack-loop"
          label="Loop plan for"
          hint="A page a round: who asks, the story to tell, the backup."
          controlId="pack-loop-select"
        >
          <select
            id="pack-loop-select"
            className="export-select"
            value={choices.loopId ?? ''}
            aria-describedby="pack-loop-hint"
            onChange={(event) => onChange({ loopId: event.target.value || null })}
          >
            <option value="">No loop</option>
            {bank.loops.map((loop) => (
              <option key={loop.id} value={loop.id}>
                {loop.name}
                {loop.at ? ` (${loop.at.replace('T', ' ')})` : ''}
              </option>
            ))}
          </select>
        </OptionRow>
      )}
      <OptionRow
        id="pack-stories"
        label="Stories"
        hint={storiesHint(bank.stories, choices.storyChoice)}
        below={
          choices.storyChoice === 'chosen' && (
            <StoryChecklist
              stories={live}
              chosen={choices.chosen}
              onChange={(chosen) => onChange({ chosen })}
            />
          )
        }
      >
        <Segmented
          name="pack-stories"
          options={STORY_CHOICES}
          value={choices.storyChoice}
          onChange={(storyChoice) => onChange({ storyChoice })}
          labelledBy="pack-stories-label"
          describedBy="pack-stories-hint"
          className="export-segmented"
        />
      </OptionRow>
      <OptionRow id="pack-sections" label="Sections" hint="Empty sections are left out.">
        <div
          role="group"
          aria-labelledby="pack-sections-label"
          aria-describedby="pack-sections-hint"
          className="export-checks"
        >
          {SECTIONS.map(({ key, label }) => (
            <label key={key} className="export-check">
              <input
                type="checkbox"
                checked={choices.sections[key]}
                onChange={(event) =>
                  onChange({ sections: { ...choices.sections, [key]: event.target.checked } })
                }
              />
              {label}
            </label>
          ))}
        </div>
      </OptionRow>
      {choices.sections.storyCards && (
        <OptionRow
          id="pack-still-to-fix"
          label="Still to fix"
          hint="What each story’s checklist still asks, at the end of its card."
        >
          <label className="export-check">
            <input
              type="checkbox"
              checked={choices.stillToFix}
              aria-describedby="pack-still-to-fix-hint"
              onChange={(event) => onChange({ stillToFix: event.target.checked })}
            />
            List it on the story cards
          </label>
        </OptionRow>
      )}
    </>
  );
}
