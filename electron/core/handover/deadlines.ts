import { addDays } from '../../../shared/days.ts';
import type { Designation } from '../../../shared/model/designations.ts';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import type { ReportItem } from '../../../shared/model/reports.ts';
import { stmt } from '../db/sql.ts';
import { listReports } from '../reporting/reports.ts';
import type { Store } from '../store.ts';

// What the role owes: the reports of its convention (of its agreement, for a role held once per
// agreement) still to submit — overdue, due within two years, or not dated yet — and every report
// the role owns, whatever its status; the drafts in progress among them. Dates are the calendar's:
// an estimate stays marked as one.

const HORIZON_DAYS = 730;
const DRAFTING: readonly ReportItem['status'][] = ['drafting', 'internal_review', 'approved'];

export function deadlinesOf(store: Store, d: Designation, predecessor: Designation | null, today: string): Pick<HandoverPack, 'deadlines' | 'drafts'> {
  const seats = new Set([d.id, predecessor?.id].filter(Boolean));
  const horizon = addDays(today, HORIZON_DAYS);
  const ofSeat = (r: ReportItem) => r.convention === d.convention && (!d.instrumentId || r.instrumentId === d.instrumentId) && (!r.due || r.due <= horizon);
  const deadlines = listReports(store, today)
    .items.filter((r) => r.applies)
    .map((report) => ({ report, owned: Boolean(report.owner?.designationId && seats.has(report.owner.designationId)) }))
    .filter(({ report, owned }) => owned || (ofSeat(report) && report.status !== 'submitted'))
    .sort((a, b) => (a.report.due ?? '9999').localeCompare(b.report.due ?? '9999') || a.report.id.localeCompare(b.report.id));
  const answers = stmt(store.db, 'SELECT count(*) AS n FROM report_answer WHERE reportId = ? AND _deleted = 0');
  const drafts = deadlines
    .filter(({ report }) => DRAFTING.includes(report.status))
    .map(({ report }) => ({ report, answers: (answers.get(report.id) as { n: number }).n }));
  return { deadlines, drafts };
}
