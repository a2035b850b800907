import { isAbsolute, resolve } from 'node:path';

/**
 * The command line to restart with another bank: the same arguments, any --data replaced.
 * Switching banks restarts the app, so the old bank is saved and its lock released by the
 * ordinary quit, and the new one is opened by the ordinary start.
 */
export function relaunchArgs(args: readonly string[], dataDir: string): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--data') {
      i += 1; // and its value
      continue;
    }
    if (arg.startsWith('--data=')) continue;
    kept.push(arg);
  }
  return [...kept, '--data', dataDir];
}

/** What a second launch sends the running Storybank (`requestSingleInstanceLock`'s data). */
export interface HandOver {
  dataDir?: string;
}

/** The second launch's --data, made absolute against where it was started. */
export function handOverFrom(flag: string | undefined, cwd: string): HandOver {
  return flag ? { dataDir: isAbsolute(flag) ? flag : resolve(cwd, flag) } : {};
}

/**
 * What the running Storybank does when launched again: always bring its window forward, and
 * switch to the bank the second launch named, if it named another one.
 */
export function secondLaunchAction(
  data: unknown,
  currentDataDir: string,
): { kind: 'focus' } | { kind: 'switch'; dataDir: string } {
  const dataDir =
    typeof data === 'object' && data !== null ? (data as Record<string, unknown>).dataDir : null;
  if (typeof dataDir !== 'string' || !isAbsolute(dataDir)) return { kind: 'focus' };
  return resolve(dataDir) === resolve(currentDataDir)
    ? { kind: 'focus' }
    : { kind: 'switch', dataDir: resolve(dataDir) };
}
