/**
 * Every failure a person can act on carries a code (for code paths and tests) and a message
 * written for the person (shown as is in the UI). `detail` keeps what a developer needs.
 */
export type ErrorCode =
  | 'locked'
  | 'corrupt'
  | 'newer-version'
  | 'conflict'
  | 'not-found'
  | 'invalid-input'
  | 'unknown-channel'
  | 'too-large'
  | 'forbidden'
  | 'io'
  | 'internal';

export class StorybankError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'StorybankError';
  }
}

export function isStorybankError(error: unknown): error is StorybankError {
  return error instanceof StorybankError;
}

/** Plain-words text of an unknown error, for logs and last-resort messages. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
