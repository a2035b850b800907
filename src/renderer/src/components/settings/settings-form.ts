import { z } from 'zod';
import { SettingsValuesSchema, type Settings } from '../../../../core/model/schema';
import { formatDuration } from '../../../../core/quality';

/*
 * The Settings form: what each field accepts, in words, and which typed values can be saved.
 * Ranges are read from the bank's own schema, so the form and the bank never disagree; only
 * the messages are the form's, written for the person typing.
 */

const shape = SettingsValuesSchema.shape;

export type NumberKey =
  | 'speakingRateWpm'
  | 'minSpeakingSeconds'
  | 'maxSpeakingSeconds'
  | 'idealSpeakingSeconds'
  | 'minIPerWe'
  | 'minActionPercent'
  | 'maxContextPercent'
  | 'maxPrimaryPrinciples'
  | 'maxStoryAgeYears';
export type TextKey = 'candidateName' | 'targetRole' | 'targetCompany';

export interface Range {
  min: number;
  max: number;
  whole: boolean;
}

export function rangeOf(key: NumberKey): Range {
  const field = shape[key];
  return {
    min: field.minValue ?? 0,
    max: field.maxValue ?? Number.MAX_SAFE_INTEGER,
    whole: field.isInt,
  };
}

export function rangeMessage({ min, max, whole }: Range): string {
  return `Enter ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}.`;
}

/** Typed text → a number in range, or the range in words. */
function numberInput(key: NumberKey) {
  const range = rangeOf(key);
  return z.string().transform((text, ctx) => {
    const trimmed = text.trim();
    const value = Number(trimmed);
    const ok =
      trimmed !== '' &&
      Number.isFinite(value) &&
      value >= range.min &&
      value <= range.max &&
      (!range.whole || Number.isInteger(value));
    if (ok) return value;
    ctx.addIssue({ code: 'custom', message: rangeMessage(range) });
    return z.NEVER;
  });
}

function textInput(key: TextKey) {
  const max = shape[key].maxLength ?? 200;
  return z.string().trim().max(max, `Keep it under ${max} characters.`);
}

export const SettingsFormSchema = z.object({
  theme: shape.theme,
  candidateName: textInput('candidateName'),
  targetRole: textInput('targetRole'),
  targetCompany: textInput('targetCompany'),
  speakingRateWpm: numberInput('speakingRateWpm'),
  minSpeakingSeconds: numberInput('minSpeakingSeconds'),
  maxSpeakingSeconds: numberInput('maxSpeakingSeconds'),
  idealSpeakingSeconds: numberInput('idealSpeakingSeconds'),
  minIPerWe: numberInput('minIPerWe'),
  minActionPercent: numberInput('minActionPercent'),
  maxContextPercent: numberInput('maxContextPercent'),
  maxPrimaryPrinciples: numberInput('maxPrimaryPrinciples'),
  maxStoryAgeYears: numberInput('maxStoryAgeYears'),
});

export type SettingsFormInput = z.input<typeof SettingsFormSchema>;
export type SettingsFormOutput = z.output<typeof SettingsFormSchema>;
/** The settings this form edits; coverage and export settings live in their own views. */
export type SettingKey = keyof SettingsFormInput;

const SETTING_KEYS = Object.keys(SettingsFormSchema.shape) as SettingKey[];

/** The form's sections, in the order shown: each save is told in the section it came from. */
export type SectionId = 'about' | 'appearance' | 'thresholds';

export const SECTION_OF: Record<SettingKey, SectionId> = {
  candidateName: 'about',
  targetRole: 'about',
  targetCompany: 'about',
  theme: 'appearance',
  speakingRateWpm: 'thresholds',
  minSpeakingSeconds: 'thresholds',
  maxSpeakingSeconds: 'thresholds',
  idealSpeakingSeconds: 'thresholds',
  minIPerWe: 'thresholds',
  minActionPercent: 'thresholds',
  maxContextPercent: 'thresholds',
  maxPrimaryPrinciples: 'thresholds',
  maxStoryAgeYears: 'thresholds',
};

export function toFormValues(settings: Settings): SettingsFormInput {
  return {
    theme: settings.theme,
    candidateName: settings.candidateName,
    targetRole: settings.targetRole,
    targetCompany: settings.targetCompany,
    speakingRateWpm: String(settings.speakingRateWpm),
    minSpeakingSeconds: String(settings.minSpeakingSeconds),
    maxSpeakingSeconds: String(settings.maxSpeakingSeconds),
    idealSpeakingSeconds: String(settings.idealSpeakingSeconds),
    minIPerWe: String(settings.minIPerWe),
    minActionPercent: String(settings.minActionPercent),
    maxContextPercent: String(settings.maxContextPercent),
    maxPrimaryPrinciples: String(settings.maxPrimaryPrinciples),
    maxStoryAgeYears: String(settings.maxStoryAgeYears),
  };
}

export interface FieldProblem {
  key: SettingKey;
  message: string;
}

export interface ReadChanges {
  /** Valid values that differ from the saved settings: what to send. */
  changes: Partial<Settings>;
  /** Fields whose typed value cannot be saved, with the reason in words. */
  problems: FieldProblem[];
}

function put<K extends SettingKey>(changes: Partial<Settings>, key: K, value: Settings[K]) {
  changes[key] = value;
}

/**
 * Reads every field on its own, so one bad value does not hold back the others. The speaking
 * window is checked as a pair (the bank refuses a shortest that is not below the longest);
 * the message goes on the side the person changed.
 */
export function readChanges(values: SettingsFormInput, saved: Settings): ReadChanges {
  const changes: Partial<Settings> = {};
  const problems: FieldProblem[] = [];
  const parsed: Partial<Settings> = {};
  for (const key of SETTING_KEYS) {
    const result = SettingsFormSchema.shape[key].safeParse(values[key]);
    if (!result.success) {
      problems.push({ key, message: result.error.issues[0]?.message ?? 'Check this value.' });
    } else {
      put(parsed, key, result.data as Settings[typeof key]);
      if (result.data !== saved[key]) put(changes, key, result.data as Settings[typeof key]);
    }
  }
  const min = parsed.minSpeakingSeconds ?? saved.minSpeakingSeconds;
  const max = parsed.maxSpeakingSeconds ?? saved.maxSpeakingSeconds;
  if (min >= max) {
    const maxChanged = 'maxSpeakingSeconds' in changes && !('minSpeakingSeconds' in changes);
    problems.push(
      maxChanged
        ? {
            key: 'maxSpeakingSeconds',
            message: `Make this longer than the shortest, ${formatDuration(min)}.`,
          }
        : {
            key: 'minSpeakingSeconds',
            message: `Make this shorter than the longest, ${formatDuration(max)}.`,
          },
    );
    delete changes.minSpeakingSeconds;
    delete changes.maxSpeakingSeconds;
  }
  return { changes, problems };
}
