import { parseFlags, type FlagSpec, type ParsedArgs } from '../core/args';

export { UsageError, type FlagSpec, type ParsedArgs } from '../core/args';

/** A command's flags, plus the ones every command takes (--data, --json, --help). */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  return parseFlags(argv, {
    values: ['--data', ...(spec.values ?? [])],
    switches: ['--help', '--json', ...(spec.switches ?? [])],
    lists: spec.lists ?? [],
  });
}
