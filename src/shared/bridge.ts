import type { Channel, Envelope } from './channels';

/** The one thing the preload puts on `window`: a call into the contract, nothing else. */
export interface StorybankBridge {
  invoke(channel: Channel, input?: unknown): Promise<Envelope>;
}

export const BRIDGE_KEY = 'storybank';
