import type { z } from 'zod';
import { errorText, isStorybankError, StorybankError } from '../core/errors';
import { MAX_FIELD_CHARS, MAX_REQUEST_BYTES, MAX_REQUEST_DEPTH } from '../core/model/limits';
import { isChannel, type Envelope } from './channels';
import { contract, type Handlers } from './contract';

/**
 * The single door to the handlers: unknown channels, oversized and invalid input are refused
 * here with a message a person can read, before any handler runs. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  input: unknown,
  log: (error: unknown) => void = console.error,
  /** The store's count of changes taken in from other programs (see Envelope.revision). */
  revision?: () => number,
): Promise<Envelope> {
  try {
    if (!isChannel(channel)) {
      throw new StorybankError('unknown-channel', `Storybank has no "${String(channel)}" request.`);
    }
    checkDepth(input);
    const given = withoutUndefined(input);
    checkSize(given, contract[channel].limits.maxRequestBytes ?? MAX_REQUEST_BYTES);
    const parsed = contract[channel].input.safeParse(given);
    if (!parsed.success) {
      throw new StorybankError('invalid-input', describeInvalid(parsed.error), parsed.error.issues);
    }
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return revision ? { ok: true, value, revision: revision() } : { ok: true, value };
  } catch (error) {
    if (isStorybankError(error))
      return { ok: false, error: { code: error.code, message: error.message } };
    log(error);
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in Storybank: ${errorText(error)}`,
      },
    };
  }
}

/**
 * IPC carries `undefined` where JSON cannot; a field sent as undefined means "not given", as it
 * would over HTTP, and must never reach a handler as a value that wipes stored data.
 */
export function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) kept[key] = withoutUndefined(item);
  }
  return kept;
}

/** Refuses input nested past any real request, before anything walks it recursively. */
function checkDepth(input: unknown): void {
  let level: unknown[] = [input];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_REQUEST_DEPTH) throw tooDeep();
    const next: unknown[] = [];
    for (const value of level) {
      if (typeof value !== 'object' || value === null) continue;
      for (const item of Object.values(value)) next.push(item);
    }
    level = next;
  }
}

export const tooDeep = () =>
  new StorybankError(
    'invalid-input',
    `That request is nested too deeply (over ${MAX_REQUEST_DEPTH} levels). Nothing was changed.`,
  );

function checkSize(input: unknown, maxBytes: number): void {
  const json = input === undefined ? '' : JSON.stringify(input);
  if (new TextEncoder().encode(json).length > maxBytes) {
    throw new StorybankError(
      'too-large',
      `That request is too large (over ${maxBytes / 1_000_000} MB).`,
    );
  }
  const long = findLongString(input, []);
  if (long) {
    throw new StorybankError(
      'too-large',
      `The text in "${long.join('.') || 'the request'}" is over ${MAX_FIELD_CHARS.toLocaleString('en-US')} ` +
        'characters. Shorten it or split it into two stories.',
    );
  }
}

function findLongString(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof value === 'string') return value.length > MAX_FIELD_CHARS ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findLongString(item, [...path, index]);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = findLongString(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That request is not valid.';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `That request is not valid. ${where}${issue.message}`;
}
