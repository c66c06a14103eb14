#!/usr/bin/env node
// Entry point for `npx annals` / a global install: runs the compiled CLI (built by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('annals: the build is missing (dist/). Run `npm install` or `npm run build` in the repository first.');
  process.exit(2);
}
await import(main);
