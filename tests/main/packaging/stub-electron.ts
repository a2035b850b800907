import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in Electron's binary. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's wire: version 1, nine fuses. */
const WIRE_LENGTH = 9;

/**
 * A stand-in Electron binary: no browser, just the fuse wire, every fuse on, as a real binary
 * carries it. Enough for electron-builder to lay the app out and for @electron/fuses to flip it.
 */
export function stubElectronBinary(path: string): void {
  const wire = Buffer.from([1, WIRE_LENGTH, ...Array<number>(WIRE_LENGTH).fill(0x31)]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from('#!/bin/sh\nexit 1\n'), Buffer.from(SENTINEL), wire]),
  );
  chmodSync(path, 0o755);
}

/** A Linux electronDist folder for electron-builder: the binary and an empty resources/. */
export function stubElectronDist(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  stubElectronBinary(join(dir, 'electron'));
  return dir;
}
