import crypto from 'node:crypto';
import fs from 'node:fs';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { indicatorValueId } from '../../electron/core/progress/indicators.ts';
import { openStore } from '../../electron/core/store.ts';
import { writeFields } from '../../electron/core/sync/write.ts';
import { progressIdOf } from '../../shared/model/progress.ts';
import { gbfMonitoring } from '../../shared/reference/gbf-monitoring.ts';
import { tempDir } from '../helpers/app-server.ts';
import { inChromium, timedInPage } from './chromium.ts';
import { summarize, time } from './stats.ts';

// Issue 11: 200 national targets, 300 indicators with 20 years of data each, four report drafts
// (CBD 7th, CMS, Ramsar, CITES). The core assembles a draft and the reuse matrix; Chromium opens
// the CBD draft and the matrix while main-thread long tasks are counted. The floor: reading every
// row the draft draws on once, in the same run.

const TARGETS = 200;
const INDICATORS = 300;
const YEARS = 20;
const LEVELS = ['exceed', 'on_track', 'insufficient', 'no_change', 'moving_away', 'unknown'] as const;
const DRAFTS = ['cbd:national-report__7', 'cms:national-report__cms:cop15', 'ramsar:national-report__ramsar:cop16', 'cites:implementation__cites:cop20'];

export async function benchDrafts(): Promise<Record<string, unknown>> {
  const dir = tempDir('sd-bench-drafts-');
  const store = await openStore(dir);
  const d = createDispatcher(store);
  d.dispatch('settings.update', { country: 'KE' });
  for (const instrumentId of ['cbd', 'cms', 'ramsar', 'cites']) d.dispatch('membership.set', { instrumentId, status: 'party' });
  const indicators: { id: string }[] = gbfMonitoring.filter((i) => i.kind !== 'binary').slice(0, INDICATORS);
  const gbfTargets = Array.from({ length: 23 }, (_, n) => `gbf:T${n + 1}`);
  const [, seedMs] = time(() =>
    store.write(() => {
      for (let n = 0; n < TARGETS; n++) {
        const id = crypto.randomUUID();
        const item = gbfTargets[n % gbfTargets.length];
        writeFields(store, 'nationalTarget', id, { code: `NT${n + 1}`, title: `National target ${n + 1}`, headlineIndicatorIds: [] as never });
        writeFields(store, 'alignment', `${id}__${item}`, { nationalTargetId: id, frameworkItemId: item, convention: 'cbd', degree: 'high' });
        writeFields(store, 'targetProgress', progressIdOf(id, '2025-12-31'), { nationalTargetId: id, asOf: '2025-12-31', level: LEVELS[n % LEVELS.length], summary: `Summary ${n + 1}`, indicatorIds: [indicators[n % indicators.length].id] as never });
      }
      // the rest of the 300 are the country's own indicators
      for (let n = indicators.length; n < INDICATORS; n++) {
        const id = crypto.randomUUID();
        writeFields(store, 'nationalIndicator', id, { code: `NI${n}`, title: `National indicator ${n}`, unit: 'ha' });
        indicators.push({ id: `national:${id}` });
      }
      for (const ind of indicators) for (let y = 0; y < YEARS; y++) writeFields(store, 'indicatorValue', indicatorValueId(ind.id, 2005 + y, null, null), { indicatorId: ind.id, year: 2005 + y, value: y * 1.5, unit: '%' });
    }),
  );
  // the floor: one pass over the rows a draft reads
  const floor = summarize(Array.from({ length: 15 }, () => time(() => {
    store.db.prepare('SELECT * FROM national_target WHERE _deleted = 0').all();
    store.db.prepare('SELECT * FROM target_progress WHERE _deleted = 0').all();
    store.db.prepare('SELECT * FROM indicator_value WHERE _deleted = 0').all();
  })[1]));
  const drafts = Object.fromEntries(DRAFTS.map((id) => [id, summarize(Array.from({ length: 9 }, () => time(() => d.dispatchUnknown('drafts.get', { reportId: id }))[1]))]));
  const reuse = summarize(Array.from({ length: 9 }, () => time(() => d.dispatchUnknown('drafts.reuse', {}))[1]));
  const cbd = drafts[DRAFTS[0]];
  store.close();

  const chromium = await inChromium(dir, async (page) => {
    const draft = await timedInPage(page, async () => {
      await page.evaluate(() => (window.location.hash = '#/drafts/cbd:national-report__7'));
      await page.locator('.draft-targets tbody tr').nth(TARGETS - 1).waitFor({ state: 'attached' });
    });
    const reuseView = await timedInPage(page, async () => {
      await page.evaluate(() => (window.location.hash = '#/drafts'));
      await page.locator('table.reuse tbody tr').nth(TARGETS - 1).waitFor({ state: 'attached' });
    });
    return { openDraftMs: draft.ms, draftLongTasksMs: draft.longTasksMs, openReuseMs: reuseView.ms, reuseLongTasksMs: reuseView.longTasksMs };
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    nationalTargets: TARGETS,
    indicators: indicators.length,
    values: indicators.length * YEARS,
    seedMs: Math.round(seedMs),
    core: { floorReadRows: floor, drafts, reuse, cbdDraftOverFloor: Math.round((cbd.p50Ms / floor.p50Ms) * 10) / 10, draftUnder100Ms: Object.values(drafts).every((x) => x.p95Ms < 100), reuseUnder100Ms: reuse.p95Ms < 100 },
    chromium,
  };
}
