/** Command-line flags: --name value, --name=value and bare switches; anything unknown is a usage error. */

export class UsageError extends Error {}

export interface FlagSpec {
  /** Flags that take a value. */
  values?: readonly string[];
  /** Flags that are on or off. */
  switches?: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  const values = new Set(['--data', ...(spec.values ?? [])]);
  const switches = new Set(['--help', '--json', ...(spec.switches ?? [])]);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const [flag = arg, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    const name = flag === '-h' ? '--help' : flag;
    if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
      parsed.values.set(name, value);
    } else if (switches.has(name) && inline === undefined) {
      parsed.switches.add(name);
    } else {
      throw new UsageError(`Unknown option ${arg}.`);
    }
  }
  return parsed;
}
