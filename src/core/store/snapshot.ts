import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StorybankError } from '../errors';
import type { Bank } from '../model/schema';
import { BANK_FILE, isMissing } from './files';
import { parseBank } from './parse-bank';
import { decodeBankBytes } from '../portability/text-decoding';

export type Snapshot =
  | { ok: true; bank: Bank; path: string; fromVersion: number }
  | { ok: false; path: string; missing: boolean; problem: string };

/**
 * The bank as it is on disk, for commands that only look (coverage, lint, export, doctor).
 * It takes no lock and writes nothing, so it works while the app has the bank open; a damaged
 * file is reported, never moved (only the store moves files, and only while it holds the lock).
 */
export async function readSnapshot(dataDir: string): Promise<Snapshot> {
  const path = join(dataDir, BANK_FILE);
  let text: string;
  try {
    text = decodeBankBytes(await readFile(path));
  } catch (error) {
    if (isMissing(error)) {
      return { ok: false, path, missing: true, problem: `there is no bank in ${dataDir} yet` };
    }
    throw error;
  }
  const outcome = parseBank(text);
  if (!outcome.ok) return { ok: false, path, missing: false, problem: outcome.problem };
  return { ok: true, bank: outcome.bank, path, fromVersion: outcome.fromVersion };
}

/** The snapshot's bank, or an error in words for commands that can't go on without one. */
export async function requireBank(dataDir: string): Promise<Bank> {
  const snapshot = await readSnapshot(dataDir);
  if (!snapshot.ok) {
    throw new StorybankError(
      snapshot.missing ? 'not-found' : 'corrupt',
      `Storybank can't read ${snapshot.path}: ${snapshot.problem}.` +
        (snapshot.missing ? '' : ' Run `storybank doctor` to see your backups.'),
    );
  }
  return snapshot.bank;
}
