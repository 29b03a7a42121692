import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { storePath } from '../../electron/core/db/open.ts';
import { ROOT } from '../helpers/app-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { browserStart, medianBrowserStart } from './browser-start.ts';
import { seededDesk } from './seed.ts';

// Issue 13: start-up of browser mode on a store of about a million ops (200,000 people, five
// fields each), from prebuilt files, to the first interactive screen. Its content check runs in
// a worker meanwhile (stores over CHECK_AT_OPEN_BYTES). Seeding takes most of a minute.

const PEOPLE = 200_000;

export async function benchLargeStart(): Promise<Record<string, unknown>> {
  const { dir, store, dispatcher, seedMs } = await seededDesk('sd-bench-large-', PEOPLE);
  const info = dispatcher.dispatch('app.info', {});
  store.close();
  const r = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build:web failed');
  const browser = await launchBrowser();
  await browserStart(browser, dir, true); // warm the file cache
  const runs = await medianBrowserStart(browser, dir, true);
  await browser.close();
  const storeMiB = Math.round(fs.statSync(storePath(dir)).size / 2 ** 20);
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    people: PEOPLE,
    ops: info.ok ? info.data.counts.ops : null,
    storeMiB,
    seedMs: Math.round(seedMs),
    prebuilt: runs,
    target: 'first interactive screen < 1000 ms',
  };
}
