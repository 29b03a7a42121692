// A child process for the largeSync bench: imports the bundle file argv[3] into the store in
// argv[2] by its path (streamed when large) and prints what it took, with the process's peak memory.
import { openStore } from '../../electron/core/store.ts';
import { importBundleFile } from '../../electron/core/sync/import-stream.ts';

const [dataDir, file] = process.argv.slice(2);
const store = await openStore(dataDir);
const rssBefore = process.resourceUsage().maxRSS;
const started = performance.now();
const result = importBundleFile(store, file, { fileName: 'bench.sdbundle' });
const ms = performance.now() - started;
store.close();
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), opsNew: result.opsNew, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), rssBeforeMiB: Math.round(rssBefore / 1024) })}\n`);
