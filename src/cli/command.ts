import type { FlagSpec, ParsedArgs } from './args';

export interface CommandContext {
  dataDir: string;
  args: ParsedArgs;
  json: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  now: () => Date;
}

/** Exit codes: 0 success, 1 findings or bad input, 2 wrong usage. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  flags: FlagSpec;
  run(context: CommandContext): Promise<number>;
}
