/**
 * Debian's Chromium, never a downloaded browser (CHROMIUM_PATH points elsewhere on other
 * machines), with the flags that keep it off the network on these machines.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    // Rehearsal recordings: a fake microphone (a tone), granted without a prompt.
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
  ],
};
