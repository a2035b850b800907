import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type StorybankBridge } from '../shared/bridge';
import { isChannel, type Envelope } from '../shared/channels';

// Runs sandboxed: it may require only 'electron', so it imports nothing with a library behind it.

const failure = (code: string, message: string): Envelope => ({
  ok: false,
  error: { code, message },
});

const bridge: StorybankBridge = {
  invoke(channel, input) {
    if (!isChannel(channel)) {
      return Promise.resolve(
        failure('unknown-channel', `Storybank has no "${String(channel)}" request.`),
      );
    }
    // Main always answers with an Envelope; this only catches input that cannot be sent at all.
    return (ipcRenderer.invoke(channel, input) as Promise<Envelope>).catch((error: unknown) =>
      failure('internal', `Storybank could not send that request: ${String(error)}`),
    );
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
