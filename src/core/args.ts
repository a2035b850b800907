import { parseArgs } from 'node:util';

/**
 * Flags of every Storybank command line (the app, browser mode, the `storybank` command), read
 * by Node's own parser: --name value, --name=value and bare switches. Node-only.
 */

export class UsageError extends Error {}

export interface FlagSpec {
  /** Flags that take a value, as typed: '--data'. */
  values?: readonly string[];
  /** Flags that are on or off: '--json'. */
  switches?: readonly string[];
  /** Flags that take a value and may be given more than once: '--round'. */
  lists?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
  lists: Map<string, string[]>;
}

/**
 * Reads `argv` against `spec`. Strict by default: an unknown flag or a missing value is a
 * UsageError in words. Not strict (the Electron app, whose command line also carries
 * Chromium's switches), unknown flags are let through and ignored.
 */
export function parseFlags(
  argv: readonly string[],
  spec: FlagSpec,
  { strict = true }: { strict?: boolean } = {},
): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: true }> =
    {};
  for (const flag of spec.values ?? []) options[flag.slice(2)] = { type: 'string' };
  for (const flag of spec.lists ?? []) options[flag.slice(2)] = { type: 'string', multiple: true };
  for (const flag of spec.switches ?? []) {
    options[flag.slice(2)] =
      flag === '--help' ? { type: 'boolean', short: 'h' } : { type: 'boolean' };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict, allowPositionals: true });
  } catch (error) {
    throw usageErrorOf(error, argv);
  }
  const result: ParsedArgs = {
    positional: parsed.positionals,
    values: new Map(),
    switches: new Set(),
    lists: new Map(),
  };
  for (const [name, value] of Object.entries(parsed.values)) {
    if (!(name in options)) continue; // let through when not strict
    if (Array.isArray(value)) {
      if (value.some((item) => item === '')) throw new UsageError(`--${name} needs a value.`);
      result.lists.set(`--${name}`, value.map(String));
    } else if (typeof value === 'string') {
      if (value === '') throw new UsageError(`--${name} needs a value.`);
      result.values.set(`--${name}`, value);
    } else if (value === true) result.switches.add(`--${name}`);
  }
  return result;
}

/** Node's parse errors, in the words of the rest of Storybank. */
function usageErrorOf(error: unknown, argv: readonly string[]): Error {
  const { code, message } = error as { code?: string; message?: string };
  const named = /'(-[^' ]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = argv.find((arg) => arg === named || arg.startsWith(`${named}=`)) ?? named;
    return new UsageError(`Unknown option ${given}.`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // A switch given a value (--json=yes) or a value flag given none (--data at the end).
    const flag = named.replace(/=.*/, '');
    return argv.some((arg) => arg.startsWith(`${flag}=`))
      ? new UsageError(`Unknown option ${argv.find((arg) => arg.startsWith(`${flag}=`))}.`)
      : new UsageError(`${flag} needs a value.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
