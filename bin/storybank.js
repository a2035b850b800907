#!/usr/bin/env node
// Runs the built command line; `npm run build` (or `npm start`) builds it with the app.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('The storybank command is not built yet. Run `npm run build` first.');
  process.exit(1);
}
await import(cli.href);
