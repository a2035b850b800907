import type { Channel, Envelope } from '../../../shared/channels';
import type { InputOf, OutputOf } from '../../../shared/contract';

/**
 * The only module that knows how the renderer reaches the bank: the Electron preload bridge
 * when there is one, otherwise the browser-mode server on the same origin.
 */

const TOKEN_KEY = 'storybank.token';
const SERVER_GONE = "Storybank's local server did not answer (is it still running?)";

// Read once when the app starts, before anything renders, so the fragment leaves the URL at once.
const token = window.storybank ? '' : takeToken();

/** True in the desktop app (the preload's bridge is there), false in browser mode. */
export function isDesktop(): boolean {
  return window.storybank !== undefined;
}

/** A failure the person can read: `message` is shown as is. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Text for any error caught in the UI; non-API errors are bugs, worded plainly. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong in Storybank: ${detail}`;
}

export async function call<C extends Channel>(
  channel: C,
  input?: InputOf<C>,
): Promise<OutputOf<C>> {
  const envelope = window.storybank
    ? await viaBridge(channel, input)
    : await viaServer(channel, input);
  if (!isEnvelope(envelope)) {
    throw new ApiError('bad-response', 'Storybank received an answer it could not read.');
  }
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  if (envelope.revision !== undefined) noteRevision(envelope.revision);
  return envelope.value as OutputOf<C>;
}

let revision: number | null = null;
const outsideChangeListeners = new Set<() => void>();

/**
 * Calls `listener` when the bank took in changes another program wrote to its file (a sync
 * client bringing an edit from another computer), so the view can reload. Returns the unsubscribe.
 */
export function onOutsideChange(listener: () => void): () => void {
  outsideChangeListeners.add(listener);
  return () => outsideChangeListeners.delete(listener);
}

function noteRevision(next: number): void {
  const grew = revision !== null && next > revision;
  revision = Math.max(revision ?? next, next);
  if (grew) for (const listener of outsideChangeListeners) listener();
}

async function viaBridge(channel: Channel, input: unknown): Promise<unknown> {
  try {
    return await window.storybank!.invoke(channel, input);
  } catch (error) {
    // dispatch never throws, so a rejection means the window lost its link to the app.
    throw new ApiError('offline', `Storybank could not reach its bank: ${errorMessage(error)}`);
  }
}

async function viaServer(channel: Channel, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch('/api/' + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-storybank-token': token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiError('offline', SERVER_GONE);
  }
  try {
    // Error statuses carry an Envelope too; only a body that is not one is a transport failure.
    return await response.json();
  } catch {
    throw new ApiError(response.ok ? 'bad-response' : 'offline', SERVER_GONE);
  }
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

/**
 * Browser mode opens at `…#token=…`. The token moves to sessionStorage (so a reload still
 * works) and out of the visible URL (so it is not copied, bookmarked or shown on screen).
 */
function takeToken(): string {
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', pathname + search);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
