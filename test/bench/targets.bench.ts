import crypto from 'node:crypto';
import fs from 'node:fs';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { writeFields } from '../../electron/core/sync/write.ts';
import { allFrameworkItems, framework } from '../../shared/reference/frameworks/index.ts';
import { startApp, tempDir } from '../helpers/app-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { longTasksDuring, time } from './stats.ts';

// Issue 5: the crosswalk matrix with 200 national targets and 2,000 alignments, rendered and filtered in Chromium.

const TARGETS = 200;
const ALIGNMENTS = 2_000;
const DEGREES = ['high', 'medium', 'low'] as const;

export async function benchTargets(): Promise<Record<string, unknown>> {
  const dir = tempDir('sd-bench-targets-');
  const store = await openStore(dir);
  const items = allFrameworkItems.filter((i) => i.kind !== 'indicator');
  const gbfTargets = items.filter((i) => i.framework === 'gbf' && i.kind === 'target');
  const ids: string[] = [];
  const [, seedMs] = time(() =>
    store.write(() => {
      for (let n = 0; n < TARGETS; n++) {
        const id = crypto.randomUUID();
        ids.push(id);
        writeFields(store, 'nationalTarget', id, { code: `NT${n + 1}`, title: `National target ${n + 1}: ${['forests', 'wetlands', 'marine areas', 'species'][n % 4]}`, progress: n % 101 });
      }
      const seen = new Set<string>();
      for (let k = 0; seen.size < ALIGNMENTS; k++) {
        const target = ids[k % TARGETS];
        // half of them on GBF targets, the rest on the other frameworks
        const item = k % 2 === 0 ? gbfTargets[(k * 7) % gbfTargets.length] : items[(k * 13) % items.length];
        const rowId = `${target}__${item.id}`;
        if (seen.has(rowId)) continue;
        seen.add(rowId);
        writeFields(store, 'alignment', rowId, { nationalTargetId: target, frameworkItemId: item.id, convention: framework(item.framework)?.convention ?? null, degree: DEGREES[k % 3] });
      }
    }),
  );
  const d = createDispatcher(store);
  d.dispatch('settings.update', { country: 'KE' });
  const [, matrixCoreMs] = time(() => d.dispatchUnknown('targets.matrix', { framework: 'gbf' }));
  const [, coverageCoreMs] = time(() => d.dispatchUnknown('targets.coverage', {}));
  store.close();

  const browser = await launchBrowser();
  const app = await startApp(dir);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(app.url);
  await page.getByRole('navigation').waitFor();
  const t0 = performance.now();
  await page.getByRole('link', { name: 'NBSAP targets' }).click();
  await page.getByRole('link', { name: 'Crosswalk matrix' }).click();
  await page.locator('table.crosswalk tbody tr').nth(TARGETS - 1).waitFor();
  const renderMs = performance.now() - t0;
  // filtering: time from each keystroke to the rows settling, measured in the page
  const filterMs: number[] = [];
  for (const q of ['N', 'NT1', 'NT19', 'wet', 'zzz', '']) {
    const t1 = performance.now();
    await page.getByLabel('Filter national targets').fill(q);
    await page.waitForFunction((expect) => {
      const rows = [...document.querySelectorAll('table.crosswalk tbody tr th')].map((th) => th.textContent ?? '');
      return expect === '' ? rows.length === 200 : rows.every((r) => r.includes(expect) || expect === 'wet' || expect === 'zzz');
    }, q);
    filterMs.push(Math.round(performance.now() - t1));
  }
  // main-thread long tasks while typing a word key by key
  const longTasks = await longTasksDuring(page, () => page.getByLabel('Filter national targets').pressSequentially('wetlands', { delay: 30 }));
  await app.stop();
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    nationalTargets: TARGETS,
    alignments: ALIGNMENTS,
    seedMs: Math.round(seedMs),
    core: { matrixMs: Math.round(matrixCoreMs), coverageMs: Math.round(coverageCoreMs) },
    chromium: { openMatrixMs: Math.round(renderMs), filterMs, longTasksWhileTypingMs: longTasks },
  };
}
