import crypto from 'node:crypto';
import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { splitReportId, type ReportItem, type reportPartSave } from '../../../shared/model/reports.ts';
import { defined, deleteRecord, restoreRecord, rowState } from '../records/crud.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { findReport } from './reports.ts';

// Parts of a report delegated to colleagues (a chapter, a section of the form), each with its own
// due date, as the ORS lets a focal point delegate sections — here offline and synced.

function reportOf(store: Store, reportId: string, today: string): ReportItem {
  const { obligationId, period } = splitReportId(reportId);
  return findReport(store, obligationId, period, today);
}

export function saveReportPart(store: Store, input: z.output<typeof reportPartSave>, today = localToday()): ReportItem {
  const report = reportOf(store, input.reportId, today);
  if (!report.applies) throw fieldError('reportId', 'not_member', 'the country is not Party to this convention, or the report no longer falls due');
  if (input.assigneeId && rowState(store, 'person', input.assigneeId) !== 'live') throw fieldError('assigneeId', 'ref_missing', 'the person does not exist');
  if (input.id) {
    const owner = stmt(store.db, 'SELECT reportId, _deleted FROM report_part WHERE id = ?').get(input.id) as { reportId: string; _deleted: number } | undefined;
    if (!owner) throw new AppError('not_found', `no part with id ${input.id}`, { entity: 'reportPart', id: input.id });
    if (owner._deleted) throw new AppError('row_deleted', 'the part was removed', { entity: 'reportPart', id: input.id });
    if (owner.reportId !== input.reportId) throw fieldError('reportId', 'invalid', 'the part belongs to another report');
  }
  const id = input.id ?? crypto.randomUUID();
  const { id: _id, ...values } = input;
  store.write(() =>
    writeFields(store, 'reportPart', id, {
      ...defined(values),
      convention: report.convention,
      ...(input.id ? {} : { status: input.status ?? 'open' }),
    }),
  );
  return reportOf(store, input.reportId, today);
}

function partReport(store: Store, id: string): string {
  const row = stmt(store.db, 'SELECT reportId FROM report_part WHERE id = ?').get(id) as { reportId: string } | undefined;
  if (!row) throw new AppError('not_found', `no part with id ${id}`, { entity: 'reportPart', id });
  return row.reportId;
}

export function deleteReportPart(store: Store, id: string, today = localToday()): ReportItem {
  const reportId = partReport(store, id);
  deleteRecord(store, 'reportPart', id);
  return reportOf(store, reportId, today);
}

export function restoreReportPart(store: Store, id: string, today = localToday()): ReportItem {
  const reportId = partReport(store, id);
  restoreRecord(store, 'reportPart', id);
  return reportOf(store, reportId, today);
}
