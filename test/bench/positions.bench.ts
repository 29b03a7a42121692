import crypto from 'node:crypto';
import fs from 'node:fs';
import { createDispatcher } from '../../electron/core/dispatch.ts';
import { openStore } from '../../electron/core/store.ts';
import { writeFields } from '../../electron/core/sync/write.ts';
import { STANCES } from '../../shared/consistency.ts';
import { addDays, localToday } from '../../shared/days.ts';
import { TAXON_GROUPS, TOPICS } from '../../shared/reference/topics.ts';
import { tempDir } from '../helpers/app-server.ts';
import { inChromium, timedInPage } from './chromium.ts';
import { summarize, time } from './stats.ts';

// Issue 12: 50 meetings, 2,000 agenda items and 3,000 positions. The consistency check in the
// core, against a floor of reading the same rows once; Chromium opens a meeting page and the check.

const MEETINGS = 50;
const ITEMS = 2_000;
const POSITIONS = 3_000;
const BODIES = ['cbd:cop', 'cites:cop', 'cms:cop', 'ramsar:cop', 'cms:aewa:mop'];

export async function benchPositions(): Promise<Record<string, unknown>> {
  const dir = tempDir('sd-bench-positions-');
  const store = await openStore(dir);
  const d = createDispatcher(store);
  d.dispatch('settings.update', { country: 'KE' });
  const today = localToday();
  const meetings: string[] = [];
  for (let n = 0; n < MEETINGS; n++) {
    const id = `${BODIES[n % BODIES.length]}${30 + Math.floor(n / BODIES.length)}`;
    meetings.push(id);
    const start = addDays(today, 20 + n * 30);
    d.dispatch('meetings.save', { id, start, end: addDays(start, 7) });
  }
  const itemIds: string[] = [];
  const [, seedMs] = time(() =>
    store.write(() => {
      for (let n = 0; n < ITEMS; n++) {
        const id = crypto.randomUUID();
        itemIds.push(id);
        const meetingId = meetings[n % MEETINGS];
        writeFields(store, 'agendaItem', id, { meetingId, convention: meetingId.split(':')[0], number: String(n), title: `Item ${n}`, topicIds: [TOPICS[n % TOPICS.length], TOPICS[(n * 7) % TOPICS.length]] as never, taxonGroup: n % 3 === 0 ? TAXON_GROUPS[n % TAXON_GROUPS.length] : null });
      }
      for (let n = 0; n < POSITIONS; n++) {
        writeFields(store, 'position', crypto.randomUUID(), { agendaItemId: itemIds[n % ITEMS], convention: 'cbd', stance: STANCES[n % STANCES.length], status: n % 4 === 0 ? 'agreed' : 'draft', agreedOn: n % 4 === 0 ? today : null, agreedAt: n % 4 === 0 ? 'WG' : null });
      }
    }),
  );
  const floor = summarize(Array.from({ length: 9 }, () => time(() => {
    store.db.prepare('SELECT * FROM agenda_item WHERE _deleted = 0').all();
    store.db.prepare('SELECT * FROM position WHERE _deleted = 0').all();
  })[1]));
  let flags = 0;
  const check = summarize(Array.from({ length: 9 }, () => time(() => {
    const r = d.dispatchUnknown('consistency.check', {}) as { ok: true; data: { flags: unknown[] } };
    flags = r.data.flags.length;
  })[1]));
  // the home screen's rules over the same store (the navigation's count asks for them too)
  const attention = summarize(Array.from({ length: 5 }, () => time(() => d.dispatchUnknown('attention.summary', {}))[1]));
  store.close();

  const chromium = await inChromium(dir, async (page) => {
    const meeting = await timedInPage(page, async () => {
      await page.locator('a[href="#/positions"]').click();
      await page.locator('.agenda-item').nth(ITEMS / MEETINGS - 1).waitFor({ state: 'attached' });
    });
    const checkView = await timedInPage(page, async () => {
      await page.locator('.segmented button').nth(1).click();
      await page.locator('.flag').first().waitFor({ state: 'attached' });
    });
    // the home screen over the same store: every flag is an item there
    const home = await timedInPage(page, async () => {
      await page.locator('a[href="#/home"]').click();
      await page.locator('.attention-item').first().waitFor({ state: 'attached' });
    });
    return { openMeetingMs: meeting.ms, meetingLongTasksMs: meeting.longTasksMs, openCheckMs: checkView.ms, checkLongTasksMs: checkView.longTasksMs, openHomeMs: home.ms, homeLongTasksMs: home.longTasksMs, homeItems: await page.locator('.attention-item').count() };
  });
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    meetings: MEETINGS,
    agendaItems: ITEMS,
    positions: POSITIONS,
    attentionMs: attention,
    flags,
    seedMs: Math.round(seedMs),
    core: { floorReadRows: floor, consistencyCheck: check, checkOverFloor: Math.round((check.p50Ms / floor.p50Ms) * 10) / 10, checkUnder100Ms: check.p95Ms < 100 },
    chromium,
  };
}
