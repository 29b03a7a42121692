import { localToday } from '../../../shared/days.ts';
import type { ReuseMatrix } from '../../../shared/model/drafts.ts';
import { templateFor } from '../../../shared/reference/templates/index.ts';
import { listReports } from '../reporting/reports.ts';
import type { Store } from '../store.ts';
import { drawnOn, readSources } from './sources.ts';

// Who draws on each record: national targets and indicators with data (rows) × the reports with a
// template in the calendar (columns). A record used by several conventions' reports is kept once.

export function reuseMatrix(store: Store, today = localToday()): ReuseMatrix {
  const src = readSources(store, 'presence');
  const reports = listReports(store, today).items.filter((r) => r.applies && templateFor(r.obligationId, r.period));
  const usedBy = new Map<string, string[]>();
  for (const r of reports) {
    const { targetIds, indicatorIds } = drawnOn(templateFor(r.obligationId, r.period)!, src);
    for (const id of [...targetIds, ...indicatorIds]) usedBy.set(id, [...(usedBy.get(id) ?? []), r.id]);
  }
  const targetRows = src.targets.map((t) => ({ kind: 'target' as const, id: t.id, code: t.code, title: t.title, usedBy: usedBy.get(t.id) ?? [] }));
  const indicatorRows = [...src.valuesByIndicator.keys()].sort().map((id) => ({ kind: 'indicator' as const, id, code: null, title: null, usedBy: usedBy.get(id) ?? [] }));
  return {
    reports: reports.map((r) => ({ reportId: r.id, obligationId: r.obligationId, period: r.period, meetingId: r.meetingId, status: r.status })),
    rows: [...targetRows, ...indicatorRows],
  };
}
