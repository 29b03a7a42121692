import { describe, expect, it } from 'vitest';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// The reporting calendar through dispatch on a real store: deadlines follow membership and
// meetings; a corrected meeting moves exactly its deadlines, here and on a colleague's desk.

const TODAY = '2025-06-01';
const desk = () => openDesk(TestDesk);
const due = (d: TestDesk) => Object.fromEntries(d.call('reporting.deadlines', { today: TODAY }).items.map((x) => [`${x.obligationId}|${x.period}`, [x.due, x.dueStatus]]));

describe('the reporting calendar', () => {
  it('lists the deadlines of the conventions the country takes part in, two years back to five ahead', async () => {
    const d = await desk();
    const all = d.call('reporting.deadlines', { today: TODAY });
    expect([all.from, all.to]).toEqual(['2023-06-01', '2030-06-01']);
    // membership not recorded yet: every convention
    expect(new Set(all.items.map((x) => x.convention))).toEqual(new Set(['cbd', 'cites', 'cms', 'ramsar']));
    d.call('membership.set', { instrumentId: 'cites', status: 'party' });
    d.call('membership.set', { instrumentId: 'cms', status: 'party' });
    const mine = d.call('reporting.deadlines', { today: TODAY }).items;
    expect(new Set(mine.map((x) => x.obligationId))).toEqual(
      new Set(['cites:annual-trade', 'cites:illegal-trade', 'cites:implementation', 'cites:appendix-proposals', 'cms:national-report', 'cms:appendix-proposals', 'cms:draft-resolutions']),
    );
    // AEWA only for an AEWA Party
    d.call('membership.set', { instrumentId: 'cms:aewa', status: 'party' });
    expect(d.call('reporting.deadlines', { today: TODAY }).items.some((x) => x.obligationId === 'cms:aewa:national-report')).toBe(true);
  });

  it('moving CMS COP15 by a week moves the CMS deadlines that hang on it and nothing else, and a colleague gets the same', async () => {
    const a = await desk();
    const before = due(a);
    expect(before['cms:national-report|cms:cop15']).toEqual(['2025-09-23', 'estimated']);
    const meetings = a.call('meetings.save', { id: 'cms:cop15', start: '2026-03-30', end: '2026-04-05' });
    expect(meetings.find((m) => m.id === 'cms:cop15')).toMatchObject({ start: '2026-03-30', end: '2026-04-05', place: 'Campo Grande, Brazil', shipped: true, corrected: true });
    const after = due(a);
    const moved = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
    expect(moved.sort()).toEqual(['cms:appendix-proposals|cms:cop15', 'cms:draft-resolutions|cms:cop15', 'cms:national-report|cms:cop15']);
    expect(after['cms:national-report|cms:cop15']).toEqual(['2025-09-30', 'estimated']);

    const b = await desk();
    b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(due(b)).toEqual(after);
  });

  it('a meeting added with its dates gives its deadlines; one without dates gives none it invents', async () => {
    const d = await desk();
    d.call('meetings.save', { id: 'cites:cop21', start: '2028-05-15', end: '2028-05-26', place: 'Geneva' });
    expect(due(d)['cites:implementation|cites:cop21']).toEqual(['2027-05-15', 'estimated']);
    expect(due(d)['ramsar:national-report|ramsar:cop16']).toEqual([null, 'unknown']);
    d.call('meetings.save', { id: 'ramsar:cop16', start: '2028-06-12', end: '2028-06-20' });
    expect(due(d)['ramsar:national-report|ramsar:cop16']).toEqual(['2027-09-12', 'estimated']);
  });

  it('refuses a meeting that ends before it starts, an unknown convention, and a new meeting without its first day, changing nothing', async () => {
    const d = await desk();
    expect(d.refuse('meetings.save', { id: 'cms:cop15', start: '2026-03-29', end: '2026-03-23' }).issues).toEqual([{ path: 'end', code: 'end_before_start' }]);
    expect(d.refuse('meetings.save', { id: 'xyz:cop1', start: '2027-01-01' }).issues).toEqual([{ path: 'id', code: 'invalid' }]);
    expect(d.refuse('meetings.save', { id: 'cites:cop22' }).issues).toEqual([{ path: 'start', code: 'required' }]);
    expect(d.refuse('meetings.save', { id: 'not a meeting' }).code).toBe('invalid_input');
  });
});
