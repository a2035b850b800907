import { useWatch } from 'react-hook-form';
import { formatDuration } from '../../../../core/quality';
import { SettingRow } from './SettingRow';
import { SettingsSection } from './SettingsSection';
import { rangeOf, type NumberKey, type SettingsFormInput } from './settings-form';
import type { SaveState } from './use-settings-form';

interface ThresholdRow {
  name: NumberKey;
  label: string;
  hint: string;
  unit: string;
}

interface ThresholdGroup {
  id: string;
  title: string;
  rows: ThresholdRow[];
}

// Wording for a candidate, not a coach: what the number changes, in a line. Two groups, so
// nine numbers read as two questions: how long is a story told, and how is it built.
const GROUPS: ThresholdGroup[] = [
  {
    id: 'length',
    title: 'Length, told aloud',
    rows: [
      {
        name: 'speakingRateWpm',
        label: 'Speaking rate',
        hint: 'Used to estimate how long a story takes to tell; most people speak 130 to 160.',
        unit: 'words per minute',
      },
      {
        name: 'minSpeakingSeconds',
        label: 'Shortest telling',
        hint: 'A story told faster than this may sound thin.',
        unit: 'seconds',
      },
      {
        name: 'maxSpeakingSeconds',
        label: 'Longest telling',
        hint: 'Past this, interviewers tend to lose the thread; about 2 minutes is typical.',
        unit: 'seconds',
      },
      {
        name: 'idealSpeakingSeconds',
        label: 'Aim for',
        hint: 'The length the rehearsal timer marks as the target inside that window.',
        unit: 'seconds',
      },
    ],
  },
  {
    id: 'shape',
    title: 'Shape of a story',
    rows: [
      {
        name: 'minIPerWe',
        label: '“I” for each “we”',
        hint: 'In the Action; coaches suggest 3 for junior roles, 2 mid-level, 1.5 senior.',
        unit: '“I” per “we”',
      },
      {
        name: 'minActionPercent',
        label: 'Action, at least',
        hint: 'The Action should be the bulk of the story.',
        unit: '% of the story',
      },
      {
        name: 'maxContextPercent',
        label: 'Situation and Task, at most',
        hint: 'Set the scene briefly, then get to what you did.',
        unit: '% of the story',
      },
      {
        name: 'maxPrimaryPrinciples',
        label: 'Primary principles, at most',
        hint: 'A story that shows everything first shows nothing clearly.',
        unit: 'per story',
      },
      {
        name: 'maxStoryAgeYears',
        label: 'A story is dated after',
        hint: 'Interviewers prefer stories from the last few years.',
        unit: 'years',
      },
    ],
  },
];

type SecondsKey = 'minSpeakingSeconds' | 'maxSpeakingSeconds' | 'idealSpeakingSeconds';
const isSeconds = (name: NumberKey): name is SecondsKey =>
  name === 'minSpeakingSeconds' || name === 'maxSpeakingSeconds' || name === 'idealSpeakingSeconds';

/** "seconds · 1 min 30 s" while the typed value is a whole number of seconds. */
function SecondsUnit({ name }: { name: SecondsKey }) {
  const typed = useWatch<SettingsFormInput, typeof name>({ name });
  const seconds = Number(typed);
  const spoken =
    typed.trim() !== '' && Number.isInteger(seconds) && seconds >= 60
      ? ` · ${formatDuration(seconds)}`
      : '';
  return (
    <>
      seconds<span className="setting-row__spoken">{spoken}</span>
    </>
  );
}

interface ThresholdsSectionProps {
  state: SaveState;
  onLeave: () => void;
}

/** The numbers behind each story's checklist; set once, so they come after the cover. */
export function ThresholdsSection({ state, onLeave }: ThresholdsSectionProps) {
  return (
    <SettingsSection
      id="thresholds"
      title="Coaching thresholds"
      intro="What each story’s checklist measures against. The defaults follow common interview coaching."
      status={{ state, section: 'thresholds' }}
    >
      <div className="settings-card">
        {GROUPS.map((group) => (
          <div key={group.id} role="group" aria-labelledby={`thresholds-${group.id}`}>
            <h3 id={`thresholds-${group.id}`} className="settings-card__subhead">
              {group.title}
            </h3>
            {group.rows.map((row) => {
              const { min, max, whole } = rangeOf(row.name);
              return (
                <SettingRow
                  key={row.name}
                  kind="number"
                  name={row.name}
                  label={row.label}
                  hint={row.hint}
                  unit={isSeconds(row.name) ? <SecondsUnit name={row.name} /> : row.unit}
                  range={{ min, max, step: whole ? 1 : 0.5 }}
                  onLeave={onLeave}
                />
              );
            })}
          </div>
        ))}
      </div>
    </SettingsSection>
  );
}
