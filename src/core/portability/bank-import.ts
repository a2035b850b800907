import { StorybankError } from '../errors';
import type { Bank } from '../model/schema';
import { parseBank, parseBankData, type ParseOutcome } from '../store/parse-bank';

/**
 * A whole bank from a backup or an exported file (its text, or its parsed JSON), checked like
 * the bank file itself: older formats are migrated; a bad or newer file is refused in words.
 */
export function readBankFile(file: string | object): Bank {
  const outcome: ParseOutcome = typeof file === 'string' ? parseBank(file) : parseBankData(file);
  if (!outcome.ok) {
    throw new StorybankError(
      'invalid-input',
      `That file can't be imported: ${outcome.problem}. Nothing was changed.`,
    );
  }
  return outcome.bank;
}

/** The export of a whole bank is the bank file itself, so any Storybank can open it. */
export function bankFileText(bank: Bank): string {
  return JSON.stringify(bank, null, 2);
}

export function dated(prefix: string, today: Date, extension: string): string {
  return `${prefix} ${today.toISOString().slice(0, 10)}.${extension}`;
}
