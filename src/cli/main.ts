import { runCli } from './index';

// The `storybank` command (package.json "bin" → bin/storybank.js → out/main/cli.js).
runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  now: () => new Date(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Storybank failed: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
