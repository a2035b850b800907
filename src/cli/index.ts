import { homedir } from 'node:os';
import { errorText, isStorybankError } from '../core/errors';
import { defaultDataDir, resolveDataDir } from '../core/paths';
import { parseArgs, UsageError } from './args';
import { EXIT, type Command } from './command';
import { coverageCommand } from './commands/coverage';
import { doctorCommand } from './commands/doctor';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { lintCommand } from './commands/lint';
import { planCommand } from './commands/plan';
import { practiceCommand } from './commands/practice';

const COMMANDS: readonly Command[] = [
  exportCommand,
  coverageCommand,
  lintCommand,
  planCommand,
  practiceCommand,
  importCommand,
  doctorCommand,
];

const USAGE = [
  'Usage: storybank <command> [options]',
  '',
  ...COMMANDS.map((command) => `  ${command.name.padEnd(9)} ${command.summary}`),
  '',
  'Every command takes --data DIR (default: STORYBANK_DATA_DIR, else the app’s data folder)',
  'and --help. Exit codes: 0 success, 1 findings or bad input, 2 wrong usage.',
].join('\n');

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  now: () => Date;
}

/** Runs one command line; returns the exit code. Every failure is a sentence on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`${name ? `Unknown command "${name}".` : 'Name a command.'}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const args = parseArgs(rest, command.flags);
    if (args.switches.has('--help')) {
      io.out(`Usage: ${command.usage}\n\n${command.summary}`);
      return EXIT.ok;
    }
    const dataDir = resolveDataDir(
      args.values.get('--data'),
      io.env,
      defaultDataDir(process.platform, io.env, homedir()),
    );
    return await command.run({
      dataDir,
      args,
      json: args.switches.has('--json'),
      out: io.out,
      err: io.err,
      now: io.now,
    });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    io.err(isStorybankError(error) ? error.message : `Storybank failed: ${errorText(error)}`);
    return EXIT.findings;
  }
}
