// A child process for test/integration/crash-import.test.ts: opens the store in argv[2] and imports
// the bundle file argv[3] through dispatch, saying "opened" and "done" on stdout; after "done" it
// stays alive until killed (so a kill can land after the import, too).
import fs from 'node:fs';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';

const [dataDir, bundleFile] = process.argv.slice(2);
const store = await openStore(dataDir);
process.stdout.write('opened\n');
const result = createDispatcher(store).dispatch('sync.import', { content: fs.readFileSync(bundleFile, 'utf8'), fileName: bundleFile });
process.stdout.write(result.ok ? `done ${result.data.opsNew}\n` : `failed ${result.error.code}\n`);
setInterval(() => {}, 60_000);
