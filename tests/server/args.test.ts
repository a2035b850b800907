import { describe, expect, it } from 'vitest';
import { parseWebArgs } from '../../src/server/args';

describe('browser mode flags', () => {
  it('default to a free port, the default folder, and opening the browser', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, dataDir: null, open: true, help: false });
  });

  it('read --port, --data and --no-open in either form', () => {
    expect(parseWebArgs(['--port', '4100', '--data=/tmp/bank', '--no-open'])).toEqual({
      port: 4100,
      dataDir: '/tmp/bank',
      open: false,
      help: false,
    });
  });

  it.each([
    [['--port', 'abc'], '--port takes a number'],
    [['--port', '70000'], '--port takes a number'],
    [['--data'], '--data needs a value.'],
    [['--verbose'], 'Unknown option --verbose.'],
  ])('refuse %j in words', (argv, message) => {
    expect(() => parseWebArgs(argv)).toThrow(message);
  });
});
