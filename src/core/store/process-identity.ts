import { readFileSync } from 'node:fs';
import { uptime } from 'node:os';

/**
 * Which boot of this machine, and which start of a process, a lock was taken in. A PID alone
 * is not enough: after a reboot (or enough time) another process gets the same number, and a
 * lock judged by PID alone would then block the bank for ever.
 */

export interface BootIdentity {
  /** Linux's id of this boot; null elsewhere. */
  bootId: string | null;
  /** When the machine booted (ms since 1970), for systems without a boot id. */
  bootedAt: number;
}

/** Boot times from two reads differ a little (clock adjustments): more than this is a reboot. */
const SAME_BOOT_MS = 5 * 60_000;

export function currentBoot(): BootIdentity {
  let bootId: string | null = null;
  try {
    bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    // Not Linux: the boot time alone tells one boot from the next.
  }
  return { bootId, bootedAt: Math.round(Date.now() - uptime() * 1000) };
}

export function sameBoot(a: BootIdentity, b: BootIdentity): boolean {
  if (a.bootId && b.bootId) return a.bootId === b.bootId;
  return Math.abs(a.bootedAt - b.bootedAt) <= SAME_BOOT_MS;
}

/**
 * When process `pid` started, in the kernel's own terms (clock ticks since boot, Linux), or
 * null where that can't be read (another system, or no such process).
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces; the fields after it are plain numbers.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 22 of the whole line: starttime
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
