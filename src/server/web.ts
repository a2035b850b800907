import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { errorText, isStorybankError } from '../core/errors';
import { createHandlers } from '../core/handlers';
import { defaultDataDir } from '../core/paths';
import { BankStore } from '../core/store/store';
import { parseWebArgs, UsageError, WEB_USAGE } from './args';
import { startWebServer } from './http-server';
import { openBrowser } from './open-browser';

/** `npm run web`: Storybank in the default browser, on the same data folder and lock as the app. */
async function main(): Promise<number> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${WEB_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(WEB_USAGE);
    return 0;
  }
  const dataDir =
    args.dataDir ??
    (process.env.STORYBANK_DATA_DIR || defaultDataDir(process.platform, process.env, homedir()));

  let store: BankStore;
  try {
    store = await BankStore.open({ dataDir });
  } catch (error) {
    console.error(
      isStorybankError(error)
        ? error.message
        : `Storybank could not open ${dataDir}: ${errorText(error)}`,
    );
    return 1;
  }

  const server = await startWebServer({
    handlers: createHandlers({ store }),
    rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
    token: randomBytes(32).toString('base64url'),
    port: args.port,
  });
  console.log(`Storybank is running at ${server.url}`);
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  if (args.open) openBrowser(server.url);

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      // Stop taking requests first, then let the queued saves finish before the lock goes.
      server
        .close()
        .then(() => store.close())
        .then(
          () => {
            console.log('Storybank stopped; your bank is saved.');
            resolve(0);
          },
          (error: unknown) => {
            console.error(`Storybank stopped, but the last save failed: ${errorText(error)}`);
            resolve(1);
          },
        );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Storybank could not start: ${errorText(error)}`);
    process.exit(1);
  },
);
