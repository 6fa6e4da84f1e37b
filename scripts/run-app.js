#!/usr/bin/env node
/**
 * Starts one compiled app: `node scripts/run-app.js gateway`.
 * The build (`npm run build`) is one tsc pass over the monorepo into dist/;
 * `@app/<lib>` imports are resolved at run time to dist/libs/<lib>/src.
 */
const path = require('node:path');
const fs = require('node:fs');
const tsconfigPaths = require('tsconfig-paths');

const APPS = ['gateway', 'fetcher', 'stripper', 'tagger', 'indexer'];
const name = process.argv[2];
if (!APPS.includes(name)) {
  console.error(`usage: node scripts/run-app.js <${APPS.join('|')}>`);
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist', 'apps', name, 'src', 'main.js');
if (!fs.existsSync(entry)) {
  console.error(`${entry} is missing: run "npm run build" first`);
  process.exit(1);
}
const { paths } = require(path.join(root, 'tsconfig.json')).compilerOptions;
tsconfigPaths.register({ baseUrl: path.join(root, 'dist'), paths });
require(entry);
