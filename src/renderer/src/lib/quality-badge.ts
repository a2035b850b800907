import type { Settings, Story } from '../../../core/model/schema';
import { openChecks, runChecks } from '../../../core/quality';

/** The number a library row shows: checks that failed and were not dismissed ("I know"). */
export function openCheckCount(story: Story, settings: Settings, today: Date): number {
  return openChecks(runChecks(story, settings, today)).length;
}
