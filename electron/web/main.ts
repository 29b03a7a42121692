import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import type { OpenCore } from './open-core.ts';
import { startWebServer } from './server.ts';

// Browser mode entry: node dist-web/main.mjs (built by npm run build:web; npm start builds it when
// missing or older than the sources), or from the sources: node bin/run-ts.mjs electron/web/main.ts.
// Flags: [--port N] [--data-dir DIR]
// The page is served as soon as the port is open and loads while the core opens the store; its
// calls wait for the core. (The server is ready sooner, 270 → 190 ms; on two cores the first screen
// did not measurably move: Chromium's own work is what it waits for.)

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

try {
  const dataDir = typeof values['data-dir'] === 'string' ? path.resolve(values['data-dir']) : defaultDataDir();
  // the core's modules load once the server listens, not before it
  let openNow!: (core: Promise<OpenCore>) => void;
  const core = new Promise<OpenCore>((resolve) => (openNow = resolve));
  const dispatcher = core.then((c) => c.dispatcher);
  const changes = core.then((c) => c.store);
  // a core that cannot open is reported below, once; the server's copies need no handler of their own
  for (const p of [dispatcher, changes]) p.catch(() => undefined);
  const server = await startWebServer({ dispatcher, changes, staticDir: path.join(root, 'dist', 'renderer'), port });
  process.stdout.write(`Synergy Desk running at ${server.url}\n`);
  openNow(import('./open-core.ts').then((m) => m.openCore(dataDir)));
  const opened = await core;
  const stop = async () => {
    await server.close();
    opened.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  process.stderr.write(`Synergy Desk could not start: ${err instanceof AppError ? err.message : String(err)}\n`);
  process.exit(1);
}
