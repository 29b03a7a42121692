import { describe, expect, it } from 'vitest';
import type { ReportItem } from '../../shared/model/reports.ts';
import { applyFilters, groupOf, NO_FILTERS, overdueCount } from '../../renderer/features/reporting/groups.ts';

// How the calendar sorts reports by urgency and narrows them: the list, the timeline, the month
// page and the navigation badge all use these, so they agree.

const TODAY = '2026-12-01';
const report = (over: Partial<ReportItem>): ReportItem => ({
  id: 'x__1', obligationId: 'cites:annual-trade', convention: 'cites', instrumentId: null, period: '2025', meetingId: null, periodStart: null, periodEnd: null,
  ruleDue: null, dueStatus: 'estimated', confidence: 'high', basis: '', due: null, dueOverride: null, overrideReason: null, status: 'not_started', owner: null,
  submittedOn: null, submissionRef: null, notes: null, applies: true, overdue: false, parts: [], ...over,
});

describe('urgency groups', () => {
  it('puts each report in one group by its date, status and whether it still applies', () => {
    expect(groupOf(report({ due: '2026-11-30', overdue: true }), TODAY)).toBe('overdue');
    expect(groupOf(report({ due: TODAY }), TODAY)).toBe('soon');
    expect(groupOf(report({ due: '2026-12-31' }), TODAY)).toBe('soon');
    expect(groupOf(report({ due: '2027-01-01' }), TODAY)).toBe('quarter');
    expect(groupOf(report({ due: '2027-03-01' }), TODAY)).toBe('quarter');
    expect(groupOf(report({ due: '2027-03-02' }), TODAY)).toBe('later');
    expect(groupOf(report({ due: null }), TODAY)).toBe('undated');
    expect(groupOf(report({ due: '2026-01-01', status: 'submitted' }), TODAY)).toBe('submitted');
    expect(groupOf(report({ due: '2026-01-01', status: 'submitted', applies: false }), TODAY)).toBe('gone');
  });

  it('filters by convention or agreement, owner (none included) and status or overdue, and counts the overdue', () => {
    const owned = { designationId: 'd', personName: 'Amina Diallo', roleId: null, instrumentId: null, handedOver: false, vacant: false };
    const items = [
      report({ id: 'a', overdue: true }),
      report({ id: 'b', convention: 'cms', instrumentId: 'cms:aewa', owner: owned, status: 'drafting' }),
      report({ id: 'c', convention: 'cms', owner: owned, status: 'submitted' }),
    ];
    const ids = (f: Partial<typeof NO_FILTERS>) => applyFilters(items, { ...NO_FILTERS, ...f }).map((r) => r.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ scope: 'AEWA' })).toEqual(['b']);
    expect(ids({ scope: 'CMS' })).toEqual(['c']);
    expect(ids({ owner: '' })).toEqual(['a']);
    expect(ids({ owner: 'Amina Diallo', status: 'submitted' })).toEqual(['c']);
    expect(ids({ status: 'overdue' })).toEqual(['a']);
    expect(overdueCount(items)).toBe(1);
  });
});
