#!/usr/bin/env node
/** Copies the data files read at run time (model, gazetteers, lexicons, the web app's assets) next to their compiled code. */
const { cpSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const ASSETS = ['libs/tagging/model', 'libs/tagging/gazetteers', 'libs/tagging/lexicons', 'apps/gateway/src/web/assets'];
for (const dir of ASSETS) {
  if (!existsSync(join(root, dir))) throw new Error(`asset folder ${dir} is missing`);
  cpSync(join(root, dir), join(root, 'dist', dir), { recursive: true });
}
