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

export class UsageError extends Error {}

/** Flags of browser mode; anything unknown is a usage error rather than silently ignored. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = { port: 0, dataDir: null, open: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError('--port takes a number from 0 to 65535.');
      }
      args.port = port;
    } else if (flag === '--data') args.dataDir = value();
    else if (flag === '--no-open') args.open = false;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new UsageError(`Unknown option ${arg}.`);
  }
  return args;
}
