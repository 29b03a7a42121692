import crypto from 'node:crypto';
import fs from 'node:fs';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { writeFields } from '../../electron/core/sync/write.ts';
import { roleTypes } from '../../shared/reference/roles.ts';
import { startApp, tempDir } from '../helpers/app-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { seedPeople } from './seed.ts';
import { summarize, time } from './stats.ts';

// Issue 4: per-keystroke registry search over 10k people and 30k designations in the core, and the
// by-convention view of a store that size rendered in Chromium.

const PEOPLE = 10_000;
const DESIGNATIONS = 30_000;

export async function benchFocalPoints(): Promise<Record<string, unknown>> {
  const dir = tempDir('sd-bench-fp-');
  const store = await openStore(dir);
  const { personIds } = seedPeople(store, PEOPLE);
  const roles = roleTypes.filter((r) => ['cbd', 'cites', 'cms', 'ramsar'].includes(r.convention) && !r.instrument);
  const [, seedMs] = time(() =>
    store.write(() => {
      for (let i = 0; i < DESIGNATIONS; i++) {
        const role = roles[i % roles.length];
        // most designations are history: one in ten is current
        const year = 2000 + (i % 25);
        writeFields(store, 'designation', crypto.randomUUID(), {
          personId: personIds[(i * 7) % personIds.length],
          roleId: role.id,
          convention: role.convention,
          startDate: `${year}-01-01`,
          endDate: i % 10 === 0 ? null : `${year}-12-31`,
        });
      }
    }),
  );
  const d = createDispatcher(store);
  d.dispatch('settings.update', { country: 'KE' });
  for (const id of ['cbd', 'cites', 'cms', 'ramsar']) d.dispatch('membership.set', { instrumentId: id, status: 'party' });

  const queries = ['amina', 'management authority', 'scientific', 'pérez 12', 'zhang'];
  const samples: number[] = [];
  const roleIdsFor = (q: string) => roles.filter((r) => r.id.includes(q.split(' ')[0].slice(0, 5))).map((r) => r.id);
  for (const q of queries) for (let i = 1; i <= q.length; i++) samples.push(time(() => d.dispatch('focal-points.search', { query: q.slice(0, i), roleIds: roleIdsFor(q.slice(0, i)), limit: 8 }))[1]);
  const [, conventionViewMs] = time(() => d.dispatch('focal-points.byConvention', { convention: 'cites' }));
  const [, vacanciesMs] = time(() => d.dispatch('focal-points.vacancies', {}));
  const [, matrixMs] = time(() => d.dispatch('focal-points.matrix', {}));
  store.close();

  const browser = await launchBrowser();
  const app = await startApp(dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app.url);
  // the first screen (what needs attention) has loaded
  await page.getByRole('navigation').waitFor();
  await page.waitForLoadState('networkidle');
  const t0 = performance.now();
  await page.getByRole('link', { name: /Focal points/ }).click();
  await page.getByRole('link', { name: 'CITES' }).click();
  await page.getByRole('article', { name: 'Management Authority' }).waitFor();
  const renderMs = performance.now() - t0;
  const t1 = performance.now();
  await page.getByRole('article', { name: 'Management Authority' }).getByText(/Earlier holders/).click();
  await page.getByRole('article', { name: 'Management Authority' }).locator('details.history li').first().waitFor();
  const historyOpenMs = performance.now() - t1;
  await app.stop();
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    people: PEOPLE,
    designations: DESIGNATIONS,
    seedDesignationsMs: Math.round(seedMs),
    searchPerKeystroke: summarize(samples),
    core: { conventionViewMs: Math.round(conventionViewMs), vacanciesMs: Math.round(vacanciesMs), matrixMs: Math.round(matrixMs) },
    chromium: { byConventionViewMs: Math.round(renderMs), openHistoryMs: Math.round(historyOpenMs) },
  };
}
