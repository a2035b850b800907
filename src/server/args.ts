import { parseFlags, UsageError } from '../core/args';

export { UsageError };

export interface WebArgs {
  port: number;
  dataDir: string | null;
  open: boolean;
  help: boolean;
}

export const WEB_USAGE = `Usage: npm run web -- [--port N] [--data DIR] [--no-open]

  --port N     listen on 127.0.0.1:N (default: a free port)
  --data DIR   use this data folder (default: STORYBANK_DATA_DIR, else the app's folder)
  --no-open    print the address instead of opening the browser`;

/** Flags of browser mode; anything unknown is a usage error rather than silently ignored. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const parsed = parseFlags(argv, {
    values: ['--port', '--data'],
    switches: ['--no-open', '--help'],
  });
  const given = parsed.values.get('--port');
  const port = given === undefined ? 0 : Number(given);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError('--port takes a number from 0 to 65535.');
  }
  return {
    port,
    dataDir: parsed.values.get('--data') ?? null,
    open: !parsed.switches.has('--no-open'),
    help: parsed.switches.has('--help'),
  };
}
