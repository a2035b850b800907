import type { z } from 'zod';
import { errorText, isStorybankError, StorybankError } from '../core/errors';
import { MAX_FIELD_CHARS, MAX_REQUEST_BYTES } from '../core/model/limits';
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
): Promise<Envelope> {
  try {
    if (!isChannel(channel)) {
      throw new StorybankError('unknown-channel', `Storybank has no "${String(channel)}" request.`);
    }
    checkSize(input, contract[channel].limits.maxRequestBytes ?? MAX_REQUEST_BYTES);
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      throw new StorybankError('invalid-input', describeInvalid(parsed.error), parsed.error.issues);
    }
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
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
