import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOverFrom, relaunchArgs, secondLaunchAction } from '../../src/main/bank-switch';

describe('relaunchArgs', () => {
  it('replaces any --data and keeps the rest', () => {
    expect(relaunchArgs(['.', '--data', '/old', '--lang=en'], '/new')).toEqual([
      '.',
      '--lang=en',
      '--data',
      '/new',
    ]);
    expect(relaunchArgs(['--data=/old'], '/new')).toEqual(['--data', '/new']);
    expect(relaunchArgs([], '/new')).toEqual(['--data', '/new']);
  });

  it('keeps a folder with spaces or a leading dash as one argument', () => {
    expect(relaunchArgs(['.'], '/home/ann/My Interviews')).toEqual([
      '.',
      '--data',
      '/home/ann/My Interviews',
    ]);
  });
});

describe('handOverFrom', () => {
  it('makes the second launch’s --data absolute against where it started', () => {
    expect(handOverFrom('bank', '/home/ann')).toEqual({ dataDir: resolve('/home/ann', 'bank') });
    expect(handOverFrom('/srv/bank', '/home/ann')).toEqual({ dataDir: '/srv/bank' });
    expect(handOverFrom(undefined, '/home/ann')).toEqual({});
  });
});

describe('secondLaunchAction', () => {
  it('only brings the window forward without a --data, or with the open one', () => {
    expect(secondLaunchAction({}, '/bank')).toEqual({ kind: 'focus' });
    expect(secondLaunchAction({ dataDir: '/bank/' }, '/bank')).toEqual({ kind: 'focus' });
    expect(secondLaunchAction(undefined, '/bank')).toEqual({ kind: 'focus' });
  });

  it('switches to the bank the second launch named', () => {
    expect(secondLaunchAction({ dataDir: '/other' }, '/bank')).toEqual({
      kind: 'switch',
      dataDir: '/other',
    });
  });

  it('ignores what is not an absolute folder', () => {
    for (const data of [{ dataDir: 'relative' }, { dataDir: 3 }, 'x', null, []]) {
      expect(secondLaunchAction(data, '/bank')).toEqual({ kind: 'focus' });
    }
  });
});
