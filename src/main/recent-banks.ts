import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';

/** Kept beside Electron's own settings (userData), so it spans every bank. */
export const RECENT_BANKS_FILE = 'recent-banks.json';
export const MAX_RECENT_BANKS = 8;

export const recentBanksPath = (userData: string): string => join(userData, RECENT_BANKS_FILE);

/** The list with `dir` first, once, trimmed to the newest few. */
export function rememberBank(list: readonly string[], dir: string): string[] {
  const wanted = resolve(dir);
  return [wanted, ...list.filter((item) => resolve(item) !== wanted)].slice(0, MAX_RECENT_BANKS);
}

export function forgetBank(list: readonly string[], dir: string): string[] {
  const unwanted = resolve(dir);
  return list.filter((item) => resolve(item) !== unwanted);
}

/** Absolute folders only, without repeats; anything else in the file is dropped. */
export function parseRecentBanks(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  let list: string[] = [];
  for (const item of value) {
    if (typeof item === 'string' && item.length > 0 && item.length < 4096 && isAbsolute(item)) {
      if (!list.some((known) => resolve(known) === resolve(item))) list = [...list, item];
    }
  }
  return list.slice(0, MAX_RECENT_BANKS);
}

export function loadRecentBanks(file: string): string[] {
  try {
    return parseRecentBanks(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}

/** Best effort, like the window's position: a lost list is no reason to bother anyone. */
export function saveRecentBanks(file: string, list: readonly string[]): boolean {
  const temp = `${file}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(list, null, 2)}\n`);
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}

/** How a folder reads in the menu: the home folder as ~, so the telling end stays visible. */
export function recentBankLabel(dir: string, home?: string): string {
  if (home && (dir === home || dir.startsWith(home.endsWith(sep) ? home : `${home}${sep}`))) {
    return `~${dir.slice(home.replace(/[\\/]$/, '').length)}`;
  }
  return dir;
}
