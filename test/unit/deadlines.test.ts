import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDeadlines, monthsBefore } from '../../shared/deadlines.ts';
import { conventionIds, instruments } from '../../shared/reference/conventions.ts';
import { meetings, type MeetingRef } from '../../shared/reference/meetings.ts';
import { obligationRules } from '../../shared/reference/obligations.ts';

// Reporting deadlines from rules and meetings, checked against the dates the reference facts
// give for 2025–2029, and the rule arithmetic at its edges.

const all = () => computeDeadlines(obligationRules, meetings, '2024-01-01', '2029-12-31');
const of = (id: string, list = all()) => list.filter((d) => d.obligationId === id).map((d) => [d.period, d.due, d.status]);

describe('rule arithmetic', () => {
  it('months before a day, at the edges of months and years', () => {
    expect(monthsBefore('2026-03-23', 6)).toBe('2025-09-23');
    expect(monthsBefore('2025-08-31', 6)).toBe('2025-02-28');
    expect(monthsBefore('2024-08-31', 6)).toBe('2024-02-29');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-11-24', 12)).toBe('2025-11-24');
    expect(monthsBefore('2025-11-14', 6)).toBe('2025-05-14');
  });
});

describe('the known deadlines 2025–2029', () => {
  it('CBD, Cartagena and Nagoya: dates set by decisions, official', () => {
    expect(of('cbd:national-report')).toEqual([
      ['7', '2026-02-28', 'official'],
      ['8', '2029-06-30', 'official'],
    ]);
    expect(of('cbd:cartagena:national-report')).toEqual([['5', '2026-02-28', 'official']]);
    expect(of('cbd:nagoya:national-report')).toEqual([['1', '2026-02-28', 'official']]);
  });

  it('CITES annual reports: 31 October of the year after the year covered, computed and so estimated', () => {
    const expected = [2024, 2025, 2026, 2027, 2028].map((y) => [String(y), `${y + 1}-10-31`, 'estimated']);
    const list = computeDeadlines(obligationRules, meetings, '2025-01-01', '2029-12-31');
    expect(of('cites:annual-trade', list)).toEqual(expected);
    expect(of('cites:illegal-trade', list)).toEqual(expected);
  });

  it('CMS: six months before COP15 (23 March 2026) is 23 September 2025, an estimate', () => {
    expect(of('cms:national-report')).toEqual([['cms:cop15', '2025-09-23', 'estimated']]);
  });

  it('AEWA: the MOP9 deadline as notified (14 May 2025), official', () => {
    expect(of('cms:aewa:national-report')).toEqual([['cms:aewa:mop9', '2025-05-14', 'official']]);
  });

  it('Ramsar: COP15 as notified (20 October 2024); COP16 has no dates yet, so no date is invented', () => {
    expect(of('ramsar:national-report')).toEqual([
      ['ramsar:cop15', '2024-10-20', 'official'],
      ['ramsar:cop16', null, 'unknown'],
    ]);
  });

  it('an estimate hangs on a meeting whose dates are only reported has low confidence', () => {
    const cop21: MeetingRef = { id: 'cites:cop21', convention: 'cites', instrumentId: null, body: 'cop', number: 21, place: '?', year: 2028, start: '2028-06-01', end: null, datesConfirmed: false, confidence: 'low', source: 'test' };
    const list = computeDeadlines(obligationRules, [...meetings, cop21], '2024-01-01', '2029-12-31');
    expect(list.find((d) => d.meetingId === 'cites:cop21')).toMatchObject({ obligationId: 'cites:implementation', due: '2027-06-01', status: 'estimated', confidence: 'low' });
  });
});

describe('moving a meeting', () => {
  it('moves exactly the deadlines that hang on it', () => {
    const before = all();
    const moved = meetings.map((m) => (m.id === 'cms:cop15' ? { ...m, start: '2026-03-30', end: '2026-04-05' } : m));
    const after = computeDeadlines(obligationRules, moved, '2024-01-01', '2029-12-31');
    const was = new Map(before.map((d) => [`${d.obligationId}|${d.period}`, d.due]));
    const changed = after.filter((d) => was.get(`${d.obligationId}|${d.period}`) !== d.due);
    // the report six months before, proposals 150 days before, draft resolutions 60 days before
    expect(changed.map((d) => [d.obligationId, d.due]).sort()).toEqual([
      ['cms:appendix-proposals', '2025-10-31'],
      ['cms:draft-resolutions', '2026-01-29'],
      ['cms:national-report', '2025-09-30'],
    ]);
  });
});

describe('the reference data', () => {
  it('names known conventions and instruments, and every obligation in the facts file has a rule', () => {
    for (const r of obligationRules) {
      expect(conventionIds, r.id).toContain(r.convention);
      if (r.instrumentId) expect(instruments.map((i) => i.id), r.id).toContain(r.instrumentId);
    }
    for (const m of meetings) expect(conventionIds, m.id).toContain(m.convention);
    const facts = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/reference/reference-facts.json'), 'utf8')) as { reporting_obligations: Record<string, unknown[]> };
    const count = Object.values(facts.reporting_obligations).reduce((n, list) => n + list.length, 0);
    expect(obligationRules.length).toBeGreaterThanOrEqual(count);
  });
});

describe('the period a report covers', () => {
  it('a CITES annual report covers its calendar year, leap years included; a meeting report covers the time since the previous meeting', () => {
    const list = computeDeadlines(obligationRules, meetings, '2025-01-01', '2029-12-31');
    const leap = list.find((d) => d.obligationId === 'cites:annual-trade' && d.period === '2028')!;
    expect([leap.periodStart, leap.periodEnd, leap.due]).toEqual(['2028-01-01', '2028-12-31', '2029-10-31']);
    const cop21: MeetingRef = { id: 'cites:cop21', convention: 'cites', instrumentId: null, body: 'cop', number: 21, place: 'Geneva', year: 2028, start: '2028-05-15', end: '2028-05-26', datesConfirmed: true, confidence: 'high', source: '' };
    const implementation = computeDeadlines(obligationRules, [...meetings, cop21], '2025-01-01', '2029-12-31').find((d) => d.meetingId === 'cites:cop21')!;
    // one year before the CoP, covering the time since CoP20 ended (5 December 2025)
    expect([implementation.due, implementation.periodStart, implementation.periodEnd]).toEqual(['2027-05-15', '2025-12-05', null]);
    expect(list.filter((d) => d.status === 'official').every((d) => d.periodEnd === null || d.periodEnd < d.due!)).toBe(true);
  });
});

describe('submission deadlines before a meeting', () => {
  it('proposals to amend the appendices 150 days before the CoP or COP, CMS draft resolutions 60 days before; computed, so estimated', () => {
    const list = computeDeadlines(obligationRules, meetings, '2025-01-01', '2029-12-31');
    const of = (id: string, meetingId: string) => list.find((d) => d.obligationId === id && d.meetingId === meetingId);
    // CMS COP15 opens on 23 March 2026
    expect(of('cms:appendix-proposals', 'cms:cop15')).toMatchObject({ due: '2025-10-24', status: 'estimated' });
    expect(of('cms:draft-resolutions', 'cms:cop15')).toMatchObject({ due: '2026-01-22', status: 'estimated' });
    // CITES CoP20 opened on 24 November 2025
    expect(of('cites:appendix-proposals', 'cites:cop20')).toMatchObject({ due: '2025-06-27', status: 'estimated' });
  });
});
