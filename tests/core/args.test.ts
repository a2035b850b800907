import { describe, expect, it } from 'vitest';
import { parseFlags } from '../../src/core/args';
import { resolveDataDir } from '../../src/core/paths';

const spec = { values: ['--data', '--port'], switches: ['--json', '--help'] };

describe('command-line flags, for the app, browser mode and the storybank command', () => {
  it('read values in both forms, switches, -h and positionals', () => {
    const parsed = parseFlags(['file.json', '--data=/tmp/a', '--port', '80', '--json', '-h'], spec);
    expect(parsed.positional).toEqual(['file.json']);
    expect([...parsed.values]).toEqual([
      ['--data', '/tmp/a'],
      ['--port', '80'],
    ]);
    expect([...parsed.switches].sort()).toEqual(['--help', '--json']);
  });

  it.each([
    [['--colour'], 'Unknown option --colour.'],
    [['--colour=red'], 'Unknown option --colour=red.'],
    [['--json=yes'], 'Unknown option --json=yes.'],
    [['--data'], '--data needs a value.'],
    [['--data='], '--data needs a value.'],
    [['--data', '--json'], '--data needs a value.'],
  ])('refuse %j in words', (argv, words) => {
    expect(() => parseFlags(argv, spec)).toThrow(words);
  });

  it('let Chromium’s switches through in the app, and still read --data', () => {
    const argv = ['/app', '--no-sandbox', '--data', '/home/me/interviews', '--enable-logging'];
    const parsed = parseFlags(argv, { values: ['--data'] }, { strict: false });
    expect(parsed.values.get('--data')).toBe('/home/me/interviews');
    expect(parsed.switches.size).toBe(0);
  });
});

describe('the data folder', () => {
  it('is --data, else STORYBANK_DATA_DIR, else the host’s default', () => {
    const env = { STORYBANK_DATA_DIR: '/env' };
    expect(resolveDataDir('/flag', env, '/default')).toBe('/flag');
    expect(resolveDataDir(undefined, env, '/default')).toBe('/env');
    expect(resolveDataDir(null, { STORYBANK_DATA_DIR: '' }, '/default')).toBe('/default');
  });
});
