#!/usr/bin/env node
// Runs the built command line; `npm run build` (or `npm start`) builds it with the app.
import '../out/main/cli.js';
