import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir.ts';
import { startCoreThread } from './core-thread.ts';
import { startWebServer } from './server.ts';

// Browser mode entry: node dist-web/main.mjs (built by npm run build:web; npm start builds it when
// missing or older than the sources), or from the sources: node bin/run-ts.mjs electron/web/main.ts.
// Flags: [--port N] [--data-dir DIR]
// This thread only serves: it listens at once and serves the page's files while the core loads
// its modules and opens the store in a thread of its own (core-thread.ts), on the other CPU core.
// Before, both were on one thread and the page waited about 300 ms for its first file.

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

let stopping = false;
try {
  const dataDir = typeof values['data-dir'] === 'string' ? path.resolve(values['data-dir']) : defaultDataDir();
  const core = startCoreThread(dataDir);
  const server = await startWebServer({ core: core.door, changes: core.changes, staticDir: path.join(root, 'dist', 'renderer'), port });
  const stop = async () => {
    stopping = true;
    await server.close();
    await core.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`Synergy Desk running at ${server.url}\n`);
  await core.door;
  // a core that ends unasked leaves a page that cannot save: say so and end
  void core.ended.then((code) => {
    if (stopping) return;
    process.stderr.write(`Synergy Desk stopped: its core ended (exit ${code})\n`);
    process.exit(1);
  });
} catch (err) {
  if (!stopping) {
    process.stderr.write(`Synergy Desk could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
