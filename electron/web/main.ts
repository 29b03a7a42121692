import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import { createDispatcher } from '../core/dispatch.ts';
import { startAreas } from '../core/areas.ts';
import { openStore } from '../core/store.ts';
import { CHECK_AT_OPEN_BYTES } from '../core/db/open.ts';
import { startWebServer } from './server.ts';

// Browser mode entry: node dist-web/main.mjs (built by npm run build:web; npm start builds it when
// missing or older than the sources), or from the sources: node bin/run-ts.mjs electron/web/main.ts.
// Flags: [--port N] [--data-dir DIR]

/** the project folder: the nearest one above this file with the package.json (sources or build) */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}
const root = projectRoot();

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, browser: { type: 'boolean' } },
  strict: false,
});
const port = values.port ? Number(values.port) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`Synergy Desk: --port must be a number from 0 to 65535\n`);
  process.exit(2);
}

/** CHECK_AT_OPEN_BYTES, or SYNERGY_DESK_CHECK_AT_OPEN_BYTES (the tests lower it to see the background check) */
function checkAtOpenBytes(): number {
  const v = Number(process.env.SYNERGY_DESK_CHECK_AT_OPEN_BYTES);
  return Number.isInteger(v) && v >= 0 ? v : CHECK_AT_OPEN_BYTES;
}

try {
  const dataDir = typeof values['data-dir'] === 'string' ? path.resolve(values['data-dir']) : defaultDataDir();
  // a large store opens at once; its content check runs in the background (backups area)
  const store = await openStore(dataDir, { checkAtOpenBytes: checkAtOpenBytes() });
  const server = await startWebServer({
    dispatcher: createDispatcher(store),
    staticDir: path.join(root, 'dist', 'renderer'),
    port,
    changes: store,
  });
  // the CLI (or another tool) importing into this store while the page is open
  store.watchOtherProcesses();
  // the areas' own work: the sync folder's watcher
  const stopAreas = startAreas(store);
  process.stdout.write(`Synergy Desk running at ${server.url}\n`);
  const stop = async () => {
    stopAreas();
    await server.close();
    store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  process.stderr.write(`Synergy Desk could not start: ${err instanceof AppError ? err.message : String(err)}\n`);
  process.exit(1);
}
