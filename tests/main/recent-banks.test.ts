import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetBank,
  loadRecentBanks,
  MAX_RECENT_BANKS,
  parseRecentBanks,
  recentBankLabel,
  recentBanksPath,
  rememberBank,
  saveRecentBanks,
} from '../../src/main/recent-banks';

describe('rememberBank and forgetBank', () => {
  it('puts the folder first, once', () => {
    expect(rememberBank(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(rememberBank(['/a'], '/a/')).toEqual(['/a']);
    expect(rememberBank([], '/x')).toEqual(['/x']);
  });

  it('keeps the newest few only', () => {
    const many = Array.from({ length: 20 }, (_, i) => `/bank${i}`);
    const list = rememberBank(many, '/new');
    expect(list).toHaveLength(MAX_RECENT_BANKS);
    expect(list[0]).toBe('/new');
  });

  it('forgets a folder', () => {
    expect(forgetBank(['/a', '/b'], '/a')).toEqual(['/b']);
  });
});

describe('parseRecentBanks', () => {
  it('keeps absolute folders without repeats and drops anything else', () => {
    expect(parseRecentBanks(['/a', 'relative', 3, null, '', '/a', '/b'])).toEqual(['/a', '/b']);
    expect(parseRecentBanks({ not: 'a list' })).toEqual([]);
    expect(parseRecentBanks(null)).toEqual([]);
  });
});

describe('the recent-banks file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips, and reads a missing or damaged file as empty', () => {
    dir = mkdtempSync(join(tmpdir(), 'storybank-recent-'));
    const file = recentBanksPath(dir);
    expect(loadRecentBanks(file)).toEqual([]);
    expect(saveRecentBanks(file, ['/a', '/b'])).toBe(true);
    expect(loadRecentBanks(file)).toEqual(['/a', '/b']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(['/a', '/b']);
    writeFileSync(file, '{ broken');
    expect(loadRecentBanks(file)).toEqual([]);
  });

  it('answers false instead of throwing when it cannot write', () => {
    expect(saveRecentBanks('/nonexistent-dir-for-storybank/x/recent.json', ['/a'])).toBe(false);
  });
});

describe('recentBankLabel', () => {
  it('shows the home folder as ~', () => {
    expect(recentBankLabel('/home/ann/interviews', '/home/ann')).toBe('~/interviews');
    expect(recentBankLabel('/home/ann', '/home/ann')).toBe('~');
    expect(recentBankLabel('/home/anna/x', '/home/ann')).toBe('/home/anna/x');
    expect(recentBankLabel('/srv/bank')).toBe('/srv/bank');
  });
});
