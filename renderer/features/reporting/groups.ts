import { addDays } from '../../../shared/days.ts';
import type { ReportItem, ReportState } from '../../../shared/model/reports.ts';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';

// How the calendar sorts reports into urgency groups and narrows them by the filters. Pure, so the
// list, the timeline, the month view and the navigation badge agree.

export const GROUPS = ['overdue', 'soon', 'quarter', 'later', 'undated', 'submitted', 'gone'] as const;
export type Group = (typeof GROUPS)[number];

export function groupOf(r: ReportItem, today: string): Group {
  if (!r.applies) return 'gone';
  if (r.status === 'submitted') return 'submitted';
  if (!r.due) return 'undated';
  if (r.due < today) return 'overdue';
  if (r.due <= addDays(today, 30)) return 'soon';
  if (r.due <= addDays(today, 90)) return 'quarter';
  return 'later';
}

/** A report's convention or agreement as the filters and lanes name it ("CITES", "AEWA"). */
export const scopeOf = (r: Pick<ReportItem, 'convention' | 'instrumentId'>) => scopeAbbreviation(r.convention, r.instrumentId);

export interface ReportFilters {
  scope: string | null;
  /** a person's name; '' for reports nobody owns */
  owner: string | null;
  status: ReportState | 'overdue' | null;
}
export const NO_FILTERS: ReportFilters = { scope: null, owner: null, status: null };

export function applyFilters(items: readonly ReportItem[], f: ReportFilters): ReportItem[] {
  return items.filter(
    (r) =>
      (f.scope === null || scopeOf(r) === f.scope) &&
      (f.owner === null || (r.owner?.personName ?? '') === f.owner) &&
      (f.status === null || (f.status === 'overdue' ? r.overdue : r.status === f.status)),
  );
}

export const overdueCount = (items: readonly ReportItem[]) => items.filter((r) => r.overdue).length;
