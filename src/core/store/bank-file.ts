import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { StorybankError } from '../errors';
import type { Bank } from '../model/schema';
import { fileStamp, freePath, isMissing, writeFileDurably } from './files';
import { parseBank } from './parse-bank';

interface Seen {
  stamp: string;
  text: string;
}

export const conflictMessage = (conflictPath: string) =>
  'Another program changed the Storybank file since it was opened (a sync client or another ' +
  `computer?). It was not overwritten; your latest changes are kept in ${conflictPath}. ` +
  'Load the version on disk, or keep yours.';

const stampOf = (stats: Stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

/**
 * The lowdb adapter for the bank file. Beyond lowdb's JSONFile it saves durably, and it
 * remembers what it last read or wrote, so a save never clobbers a file another program
 * (a sync client, a second machine) changed in between: that version stays, ours goes to a
 * conflict file beside it, and the save fails in words.
 */
export class BankFile implements Adapter<Bank> {
  private seen: Seen | null = null;
  private conflictPath: string | null = null;

  constructor(
    readonly path: string,
    private readonly now: () => Date,
  ) {}

  get inConflict(): string | null {
    return this.conflictPath;
  }

  /** The file's text (null when there is none), taken as the baseline for later saves. */
  async readText(): Promise<string | null> {
    let handle;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if (isMissing(error)) {
        this.seen = null;
        return null;
      }
      throw error;
    }
    try {
      const stats = await handle.stat();
      const text = await handle.readFile('utf8');
      this.seen = { stamp: stampOf(stats), text };
      this.conflictPath = null;
      return text;
    } finally {
      await handle.close();
    }
  }

  async read(): Promise<Bank | null> {
    const text = await this.readText();
    if (text === null) return null;
    const outcome = parseBank(text);
    if (!outcome.ok)
      throw new StorybankError('corrupt', `Storybank can't read its file: ${outcome.problem}.`);
    return outcome.bank;
  }

  async write(bank: Bank): Promise<void> {
    const text = JSON.stringify(bank, null, 2);
    await this.refuseIfChangedElsewhere(text);
    await writeFileDurably(this.path, text);
    this.seen = { stamp: stampOf(await stat(this.path)), text };
  }

  /** After the person chose to keep their version: the file on disk becomes the baseline. */
  async acceptDiskVersion(): Promise<void> {
    await this.readText();
  }

  private async refuseIfChangedElsewhere(ours: string): Promise<void> {
    let stats: Stats;
    try {
      stats = await stat(this.path);
    } catch (error) {
      if (isMissing(error)) return; // nothing there to clobber
      throw error;
    }
    if (this.seen && this.seen.stamp === stampOf(stats)) return;
    const onDisk = (await this.readTextUntracked()) ?? '';
    if (this.seen && onDisk === this.seen.text) {
      this.seen = { stamp: stampOf(stats), text: onDisk }; // touched, not changed
      return;
    }
    this.conflictPath ??= await freePath(
      dirname(this.path),
      `storybank.conflict-${fileStamp(this.now())}`,
      '.json',
    );
    await writeFileDurably(this.conflictPath, ours);
    throw new StorybankError('conflict', conflictMessage(this.conflictPath), {
      conflictPath: this.conflictPath,
    });
  }

  private async readTextUntracked(): Promise<string | null> {
    try {
      const handle = await open(this.path, 'r');
      try {
        return await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }
}
