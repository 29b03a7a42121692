#!/usr/bin/env node
// The synergy-desk command: the CLI door to the core (electron/cli.ts). It runs the build of
// npm run build:web (dist-web/cli.mjs) when that is up to date, and the sources through tsx otherwise
// (or when SYNERGY_DESK_FROM_SOURCES=1).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORE_SOURCES, isFresh, root } from './fresh.mjs';

let main;
if (process.env.SYNERGY_DESK_FROM_SOURCES !== '1' && isFresh('dist-web/cli.mjs', CORE_SOURCES)) {
  ({ main } = await import(pathToFileURL(path.join(root, 'dist-web/cli.mjs')).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
