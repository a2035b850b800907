import { createHandlers } from '../src/handlers';
import type { HandlerDeps } from '../src/handlers/deps';
import type { Channel, Envelope } from '../src/shared/channels';
import type { InputOf, OutputOf } from '../src/shared/contract';
import { dispatch } from '../src/shared/dispatch';
import { openStore, tempDir } from './helpers';

/** An error answer, thrown by `call` with the code and the words the person would see. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The contract as the app calls it, without Electron: the real handlers on a real store in a
 * fresh data folder, through the one dispatch every host uses. Clock and ids are predictable.
 */
export async function testClient(
  deps: Partial<Omit<HandlerDeps, 'store'>> & { dataDir?: string } = {},
) {
  const dataDir = deps.dataDir ?? (await tempDir());
  const store = await openStore({ dataDir });
  let tick = 0;
  const handlers = createHandlers({
    now: () => new Date(Date.UTC(2026, 0, 1, 10, 0, 0, tick++)),
    newId: () => `id-${++tick}`,
    ...deps,
    store,
  });
  const raw = (channel: string, input?: unknown): Promise<Envelope> =>
    dispatch(handlers, channel, input, () => undefined);
  async function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
    const result = await raw(channel, input);
    if (!result.ok) throw new CallError(result.error.code, result.error.message);
    return result.value as OutputOf<C>;
  }
  return { dataDir, store, handlers, call, raw };
}
