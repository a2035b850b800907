import type { StoryContent } from '../../../core/model/schema';
import { contentOf, diffContent, isEmpty, sameValue, type StoryChanges } from './story-changes';

export type SaveState =
  | { kind: 'saved'; at: number | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

export interface SaveQueueOptions {
  /** The story as the bank holds it now. */
  base: StoryContent;
  /** Sends changes to the bank; resolves with the story as saved. */
  send: (changes: StoryChanges) => Promise<StoryContent>;
  /** Everything the bank has not confirmed yet, after every edit (for the draft journal). */
  onUnconfirmed: (changes: StoryChanges) => void;
  /** The bank holds everything typed so far. */
  onConfirmed: () => void;
  onState: (state: SaveState) => void;
  describeError: (error: unknown) => string;
  delayMs?: number;
  now?: () => number;
}

export const AUTOSAVE_DELAY_MS = 700;

/**
 * One story's saves: a pause in typing (or a flush) sends what changed since the bank's copy,
 * one request at a time. Edits made while a save is on its way wait for it and go in the
 * next one; a failed save puts its changes back, so the next edit or a retry sends them again.
 */
export class SaveQueue {
  private confirmed: StoryContent;
  private inFlight: StoryChanges | null = null;
  private pending: StoryChanges = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private sendWhenIdle = false;
  private failure: string | null = null;
  private savedAt: number | null = null;
  private state: SaveState;

  constructor(private readonly options: SaveQueueOptions) {
    this.confirmed = contentOf(options.base);
    this.state = { kind: 'saved', at: null };
  }

  get current(): SaveState {
    return this.state;
  }

  /** True while something typed is not yet in the bank. */
  get unsaved(): boolean {
    return this.inFlight !== null || !isEmpty(this.pending);
  }

  /** The form's valid fields after an edit; only what differs from the bank is sent. */
  edit(values: StoryChanges): void {
    this.pending = diffContent(this.expected(), values);
    this.journal();
    if (isEmpty(this.pending)) this.clearTimer();
    else this.schedule();
    // Typing back what the bank already holds settles an earlier failure too.
    if (!this.unsaved) this.failure = null;
    this.report();
  }

  /** Sends now, or right after the save on its way. */
  flush(): void {
    this.clearTimer();
    if (this.inFlight) this.sendWhenIdle = !isEmpty(this.pending);
    else void this.sendNow();
  }

  /** True when `content` is what this queue knows the bank holds. */
  holds(content: StoryContent): boolean {
    return sameValue(this.confirmed, contentOf(content));
  }

  /** The bank's copy changed elsewhere (a restore); only taken while nothing is unsaved. */
  rebase(content: StoryContent): boolean {
    if (this.unsaved) return false;
    this.confirmed = contentOf(content);
    return true;
  }

  /** Stops reporting state (the editor closed); saves already queued still go out. */
  detach(): void {
    this.options.onState = () => {};
  }

  private expected(): StoryContent {
    return { ...this.confirmed, ...this.inFlight };
  }

  private schedule(): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async sendNow(): Promise<void> {
    if (this.inFlight || isEmpty(this.pending)) return;
    const changes = this.pending;
    this.pending = {};
    this.inFlight = changes;
    this.sendWhenIdle = false;
    this.report();
    try {
      const saved = await this.options.send(changes);
      this.confirmed = contentOf(saved);
      this.failure = null;
      this.savedAt = (this.options.now ?? Date.now)();
    } catch (error) {
      // Later edits win over the failed ones; nothing typed is dropped.
      this.pending = { ...changes, ...this.pending };
      this.failure = this.options.describeError(error);
      this.sendWhenIdle = false;
    } finally {
      this.inFlight = null;
    }
    this.journal();
    if (this.sendWhenIdle) void this.sendNow();
    this.report();
  }

  private journal(): void {
    const unconfirmed = { ...this.inFlight, ...this.pending };
    if (isEmpty(unconfirmed)) this.options.onConfirmed();
    else this.options.onUnconfirmed(unconfirmed);
  }

  private report(): void {
    const state: SaveState = this.inFlight
      ? { kind: 'saving' }
      : this.failure !== null
        ? { kind: 'failed', message: this.failure }
        : !isEmpty(this.pending)
          ? { kind: 'unsaved' }
          : { kind: 'saved', at: this.savedAt };
    this.state = state;
    this.options.onState(state);
  }
}
