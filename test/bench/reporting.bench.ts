import crypto from 'node:crypto';
import fs from 'node:fs';
import { localToday } from '../../shared/days.ts';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { writeFields } from '../../electron/core/sync/write.ts';
import { tempDir } from '../helpers/app-server.ts';
import { inChromium, timedInPage } from './chromium.ts';
import { summarize, time } from './stats.ts';

// Issue 10: a calendar of 8 conventions and agreements, meetings over 10 years (60 of them), 500
// report instances (reports and their delegated parts). The core lists them and recomputes after
// a meeting moves; Chromium opens the list and the timeline while main-thread long tasks are counted.

const INSTRUMENTS = ['cbd', 'cbd:cartagena', 'cbd:nagoya', 'cites', 'cms', 'cms:aewa', 'ramsar', 'whc'];
// bodies whose meetings the deadlines hang on, with the first number after the shipped meetings
const BODIES = [
  { prefix: 'cbd:cop', from: 18 },
  { prefix: 'cites:cop', from: 21 },
  { prefix: 'cms:cop', from: 16 },
  { prefix: 'cms:aewa:mop', from: 10 },
  { prefix: 'ramsar:cop', from: 17 },
];
const MEETINGS = 60;
const INSTANCES = 500;
const STATES = ['not_started', 'drafting', 'internal_review', 'approved'] as const;

export async function benchReporting(): Promise<Record<string, unknown>> {
  const dir = tempDir('sd-bench-reporting-');
  const store = await openStore(dir);
  const d = createDispatcher(store);
  const today = localToday();
  const year = Number(today.slice(0, 4));
  d.dispatch('settings.update', { country: 'KE' });
  for (const instrumentId of INSTRUMENTS) d.dispatch('membership.set', { instrumentId, status: 'party' });
  // 60 meetings from two years back to eight ahead, a little under two years apart per body
  for (let n = 0; n < MEETINGS; n++) {
    const body = BODIES[n % BODIES.length];
    const k = Math.floor(n / BODIES.length);
    const start = new Date(Date.UTC(year - 2 + Math.floor((k * 10) / 12), (k * 10 + n) % 12, 3 + (n % 20)));
    const end = new Date(start.getTime() + 8 * 86_400_000);
    const iso = (x: Date) => x.toISOString().slice(0, 10);
    d.dispatch('meetings.save', { id: `${body.prefix}${body.from + k}`, start: iso(start), end: iso(end), place: `City ${n}` });
  }
  const reports = (d.dispatch('reporting.deadlines', {}) as { ok: true; data: { items: { id: string; obligationId: string; period: string; convention: string; applies: boolean }[] } }).data.items.filter((r) => r.applies);
  const person = d.dispatch('people.create', { name: 'Amina Diallo' }) as { ok: true; data: { id: string } };
  const [, seedMs] = time(() =>
    store.write(() => {
      reports.forEach((r, i) => writeFields(store, 'report', r.id, { obligationId: r.obligationId, period: r.period, convention: r.convention, status: STATES[i % STATES.length] }));
      for (let n = 0; n < INSTANCES - reports.length; n++) {
        const r = reports[n % reports.length];
        writeFields(store, 'reportPart', crypto.randomUUID(), { reportId: r.id, convention: r.convention, title: `Section ${n + 1}`, assigneeId: person.data.id, due: `${year + (n % 5)}-0${1 + (n % 9)}-15`, status: n % 3 ? 'open' : 'done' });
      }
    }),
  );

  // the floor: reading every report and part row once, the least any listing must do
  const floor = summarize(Array.from({ length: 15 }, () => time(() => store.db.prepare('SELECT * FROM report UNION ALL SELECT id, reportId, convention, title, assigneeId, due, status, notes, null, null, null, _deleted, _search FROM report_part').all())[1]));
  const list = summarize(Array.from({ length: 15 }, () => time(() => d.dispatchUnknown('reporting.deadlines', {}))[1]));
  // moving a meeting: the write and the recomputed calendar, as the renderer asks for it right after
  const moves: number[] = [];
  for (let n = 0; n < 15; n++) {
    const start = `${year + 1}-0${1 + (n % 9)}-10`;
    moves.push(
      time(() => {
        d.dispatchUnknown('meetings.save', { id: 'cms:cop16', start, end: start });
        d.dispatchUnknown('reporting.deadlines', {});
      })[1],
    );
  }
  const move = summarize(moves);
  store.close();

  const chromium = await inChromium(dir, async (page) => {
    const list = await timedInPage(page, async () => {
      await page.locator('a[href="#/reporting"]').click();
      await page.locator('[data-report]').nth(reports.length - 1).waitFor({ state: 'attached' });
    });
    const timeline = await timedInPage(page, async () => {
      await page.getByRole('button', { name: 'Timeline' }).click();
      await page.locator('.timeline__mark:not(.timeline__mark--static)').nth(reports.length - 10).waitFor({ state: 'attached' });
    });
    return { openListMs: list.ms, listLongTasksMs: list.longTasksMs, openTimelineMs: timeline.ms, timelineLongTasksMs: timeline.longTasksMs };
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    instruments: INSTRUMENTS.length,
    meetings: MEETINGS,
    reports: reports.length,
    parts: INSTANCES - reports.length,
    seedMs: Math.round(seedMs),
    core: { floorReadRows: floor, listReports: list, listOverFloor: Math.round((list.p50Ms / floor.p50Ms) * 10) / 10, moveMeetingAndRecompute: move, moveUnder50Ms: move.p95Ms < 50 },
    chromium,
  };
}
