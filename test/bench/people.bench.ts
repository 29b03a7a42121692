import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ROOT } from '../helpers/app-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { browserStart, medianBrowserStart } from './browser-start.ts';
import { seededDesk } from './seed.ts';
import { summarize, time } from './stats.ts';

const N = 10_000;

/** Issue 2: core search over 10k people per query, and browser-mode start to the first interactive screen. */
export async function benchPeople(): Promise<Record<string, unknown>> {
  const { dir, store, dispatcher, seedMs } = await seededDesk('sd-bench-people-', N);

  // per-keystroke search: every prefix of a few realistic queries
  const queries = ['amina', 'pérez', 'cites management', 'person9', 'zhang li', 'nothing-matches'];
  const samples: number[] = [];
  const counts: Record<string, number> = {};
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      const [r, ms] = time(() => dispatcher.dispatch('people.list', { query: q.slice(0, i), limit: 200 }));
      samples.push(ms);
      if (i === q.length && r.ok) counts[q] = r.data.total;
    }
  }
  const [full, fullListMs] = time(() => dispatcher.dispatch('people.list', {}));
  store.close();

  // start to first interactive screen, as npm start runs it (prebuilt) and from the TypeScript
  // sources (compiled on the fly, as before)
  const r = spawnSync('npm', ['run', '--silent', 'build:web'], { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('npm run build:web failed');
  const browser = await launchBrowser();
  await browserStart(browser, dir, true); // warm the file cache: the measured runs read the same files from memory
  const prebuilt = await medianBrowserStart(browser, dir, true);
  const fromSources = await medianBrowserStart(browser, dir, false, 3);
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });

  return {
    people: N,
    seedMs: Math.round(seedMs),
    searchPerKeystroke: summarize(samples),
    searchMatches: counts,
    fullListMs: Math.round(fullListMs * 10) / 10,
    fullListRows: full.ok ? full.data.items.length : 0,
    browserStart: { prebuilt, fromSources, target: 'prebuilt first interactive screen ≤ 1000 ms' },
  };
}
