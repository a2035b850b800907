import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { errorText, isStorybankError } from '../core/errors';
import { createHandlers } from '../handlers';
import { defaultDataDir, resolveDataDir } from '../core/paths';
import { BankStore } from '../core/store/store';
import { parseWebArgs, UsageError, WEB_USAGE } from './args';
import { startWebServer } from './http-server';
import { openInDesktop } from './desktop-open';

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
  const dataDir = resolveDataDir(
    args.dataDir,
    process.env,
    defaultDataDir(process.platform, process.env, homedir()),
  );

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

  // Listening for Ctrl+C before the address is printed: whoever reads it may stop us at once.
  let requestStop: () => void = () => undefined;
  const nextStop = () => new Promise<void>((resolve) => (requestStop = resolve));
  let stopRequested = nextStop();
  process.on('SIGINT', () => requestStop());
  process.on('SIGTERM', () => requestStop());

  let server;
  try {
    server = await startWebServer({
      handlers: createHandlers({ store, openPath: openInDesktop }),
      rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
      token: randomBytes(32).toString('base64url'),
      port: args.port,
      revision: () => store.outsideRevision,
    });
  } catch (error) {
    await store.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${args.port} is in use. Choose another with --port, or leave it out.`);
    return 1;
  }
  console.log(`Storybank is running at ${server.url}`);
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
  // No browser to open is fine: the address is printed above.
  if (args.open) openInDesktop(server.url).catch(() => undefined);

  for (;;) {
    await stopRequested;
    try {
      await store.close();
      break;
    } catch (error) {
      // Leaving now would lose the changes only this process still holds; the server stays up
      // (it also keeps the process alive), so the page still shows the text.
      console.error(
        `${errorText(error)}\nStorybank keeps your changes while it runs: ` +
          'fix the problem, then press Ctrl+C again (closing the terminal quits without saving).',
      );
      stopRequested = nextStop();
    }
  }
  await server.close();
  console.log('Storybank stopped; your bank is saved.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Storybank could not start: ${errorText(error)}`);
    process.exit(1);
  },
);
