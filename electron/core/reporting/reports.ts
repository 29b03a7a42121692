import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { computeDeadlines, type Deadline } from '../../../shared/deadlines.ts';
import { fieldError } from '../../../shared/errors.ts';
import type { Designation } from '../../../shared/model/designations.ts';
import { reportIdOf, type ReportItem, type ReportOwner, type ReportPart, type reportSave, type ReportState } from '../../../shared/model/reports.ts';
import { obligationRules } from '../../../shared/reference/obligations.ts';
import { stmt } from '../db/sql.ts';
import { listDesignations } from '../focal-points/designations.ts';
import { memberIds } from '../membership/service.ts';
import { fieldHistory, type FieldChange } from '../records/history.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { meetingRefs } from './service.ts';

// The reports the country owes: every deadline the rules give for the conventions it takes part in,
// two years back and five ahead, joined with what the working group recorded (status, owner,
// override, submission, delegated parts). A recorded report that no longer applies (the country
// left the convention, the meeting it was for is gone) stays in the list, marked, with its history.

interface ReportRow {
  id: string;
  obligationId: string | null;
  period: string | null;
  status: ReportState | null;
  ownerDesignationId: string | null;
  dueOverride: string | null;
  overrideReason: string | null;
  submittedOn: string | null;
  submissionRef: string | null;
  notes: string | null;
}

const shiftYears = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
const idOf = reportIdOf;
const basisOf = new Map(obligationRules.map((r) => [r.id, r.basis]));
const ruleOf = new Map(obligationRules.map((r) => [r.id, r]));
// wide enough for any report a desk records, narrow enough to compute in a blink
const EVER = { from: '1975-01-01', to: '2100-12-31' };

function membershipTest(store: Store): (convention: string, instrumentId: string | null) => boolean {
  const members = memberIds(store);
  // membership not recorded yet: every convention, so the calendar is never empty by accident
  return (convention, instrumentId) => members.size === 0 || members.has(instrumentId ?? convention);
}

/** Who holds a report: the recorded designation while it runs, then whoever took the role over. */
export function resolveOwner(designations: readonly Designation[], id: string | null): ReportOwner | null {
  if (!id) return null;
  const recorded = designations.find((d) => d.id === id);
  if (!recorded) return null;
  const seat = { roleId: recorded.roleId, instrumentId: recorded.instrumentId };
  if (recorded.active) return { designationId: recorded.id, personName: recorded.personName, ...seat, handedOver: false, vacant: false };
  const successor = designations
    .filter((d) => d.active && d.roleId === recorded.roleId && d.instrumentId === recorded.instrumentId && (d.startDate ?? '') >= (recorded.startDate ?? ''))
    .sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? ''))[0];
  if (successor) return { designationId: successor.id, personName: successor.personName, ...seat, handedOver: true, vacant: false };
  return { designationId: recorded.id, personName: recorded.personName, ...seat, handedOver: false, vacant: true };
}

function partsByReport(store: Store): Map<string, ReportPart[]> {
  const rows = stmt(
    store.db,
    `SELECT p.id, p.reportId, p.title, p.assigneeId, pe.name AS assigneeName, p.due, p.status, p.notes
       FROM report_part p LEFT JOIN person pe ON pe.id = p.assigneeId AND pe._deleted = 0
      WHERE p._deleted = 0 ORDER BY p.due IS NULL, p.due, p.title`,
  ).all() as (ReportPart & { status: ReportPart['status'] | null })[];
  const out = new Map<string, ReportPart[]>();
  for (const r of rows) {
    const list = out.get(r.reportId) ?? [];
    list.push({ ...r, title: r.title ?? '', status: r.status ?? 'open' });
    out.set(r.reportId, list);
  }
  return out;
}

function storedReports(store: Store): Map<string, ReportRow> {
  const rows = stmt(
    store.db,
    'SELECT id, obligationId, period, status, ownerDesignationId, dueOverride, overrideReason, submittedOn, submissionRef, notes FROM report WHERE _deleted = 0',
  ).all() as ReportRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

interface Context {
  today: string;
  designations: readonly Designation[];
  parts: Map<string, ReportPart[]>;
}

function toItem(d: Deadline, row: ReportRow | undefined, applies: boolean, ctx: Context): ReportItem {
  const id = idOf(d.obligationId, d.period);
  const status = row?.status ?? 'not_started';
  const due = row?.dueOverride ?? d.due;
  return {
    id,
    obligationId: d.obligationId,
    convention: d.convention,
    instrumentId: d.instrumentId,
    period: d.period,
    meetingId: d.meetingId,
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    ruleDue: d.due,
    dueStatus: d.status,
    confidence: d.confidence,
    basis: basisOf.get(d.obligationId) ?? '',
    due,
    dueOverride: row?.dueOverride ?? null,
    overrideReason: row?.overrideReason ?? null,
    status,
    owner: resolveOwner(ctx.designations, row?.ownerDesignationId ?? null),
    submittedOn: row?.submittedOn ?? null,
    submissionRef: row?.submissionRef ?? null,
    notes: row?.notes ?? null,
    applies,
    overdue: applies && status !== 'submitted' && due !== null && due < ctx.today,
    parts: ctx.parts.get(id) ?? [],
  };
}

/** A deadline for a recorded report the rules no longer give (its meeting was removed): its period, undated. */
function orphanDeadline(row: ReportRow): Deadline | null {
  const rule = row.obligationId ? ruleOf.get(row.obligationId) : undefined;
  if (!rule || !row.period) return null;
  const meetingId = rule.rule.kind === 'beforeMeeting' ? row.period : null;
  return { obligationId: rule.id, convention: rule.convention, instrumentId: rule.instrumentId, period: row.period, due: null, status: 'unknown', confidence: 'low', meetingId, periodStart: null, periodEnd: null };
}

export function listReports(store: Store, today = localToday()): { from: string; to: string; items: ReportItem[] } {
  const from = shiftYears(today, -2);
  const to = shiftYears(today, 5);
  const isMember = membershipTest(store);
  const meetings = meetingRefs(store);
  const rows = storedReports(store);
  const ctx: Context = { today, designations: listDesignations(store, { includeEnded: true, today }), parts: partsByReport(store) };
  const items: ReportItem[] = [];
  const seen = new Set<string>();
  for (const d of computeDeadlines(obligationRules, meetings, from, to)) {
    const id = idOf(d.obligationId, d.period);
    const row = rows.get(id);
    const applies = isMember(d.convention, d.instrumentId);
    seen.add(id);
    if (applies || row) items.push(toItem(d, row, applies, ctx));
  }
  const unseen = [...rows.values()].filter((r) => !seen.has(r.id));
  if (unseen.length > 0) {
    // recorded reports outside the horizon's rule dates: shown if their date falls in it, or if they no longer have one
    const ever = new Map(computeDeadlines(obligationRules, meetings, EVER.from, EVER.to).map((d) => [idOf(d.obligationId, d.period), d]));
    for (const row of unseen) {
      const d = ever.get(row.id) ?? orphanDeadline(row);
      if (!d) continue;
      const due = row.dueOverride ?? d.due;
      if (due !== null && (due < from || due > to)) continue;
      items.push(toItem(d, row, ever.has(row.id) && isMember(d.convention, d.instrumentId), ctx));
    }
  }
  items.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.id.localeCompare(b.id));
  return { from, to, items };
}

/** The deadline a report hangs on, over all years: a report from before the horizon can still be recorded. */
export function findReport(store: Store, obligationId: string, period: string, today = localToday()): ReportItem {
  const id = idOf(obligationId, period);
  const rule = ruleOf.get(obligationId);
  if (!rule) throw fieldError('obligationId', 'invalid', `unknown obligation ${obligationId}`);
  const d = computeDeadlines([rule], meetingRefs(store), EVER.from, EVER.to).find((x) => x.period === period);
  const row = storedReports(store).get(id);
  const deadline = d ?? (row ? orphanDeadline(row) : null);
  if (!deadline) throw fieldError('period', 'invalid', `${obligationId} has no report for ${period}`);
  const applies = d !== undefined && membershipTest(store)(deadline.convention, deadline.instrumentId);
  return toItem(deadline, row, applies, { today, designations: listDesignations(store, { includeEnded: true, today }), parts: partsByReport(store) });
}

/** Checks every rule on the report as it would be after the change, then writes it in one transaction. */
export function saveReport(store: Store, input: z.output<typeof reportSave>, today = localToday()): ReportItem {
  const current = findReport(store, input.obligationId, input.period, today);
  if (!current.applies) throw fieldError('obligationId', 'not_member', 'the country is not Party to this convention, or the report no longer falls due');
  const pick = <K extends keyof typeof input & keyof ReportItem>(k: K) => (input[k] !== undefined ? input[k] : current[k]) as ReportItem[K];
  const next = {
    status: pick('status'),
    dueOverride: pick('dueOverride'),
    overrideReason: pick('overrideReason'),
    submittedOn: pick('submittedOn'),
    submissionRef: pick('submissionRef'),
    notes: pick('notes'),
    ownerDesignationId: input.ownerDesignationId !== undefined ? input.ownerDesignationId : (current.owner?.designationId ?? null),
  };
  if (next.dueOverride && !next.overrideReason) throw fieldError('overrideReason', 'required', 'a changed due date needs a reason');
  if (next.dueOverride && current.periodStart && next.dueOverride < current.periodStart) throw fieldError('dueOverride', 'due_before_period', 'the due date comes before the period the report covers starts');
  if (next.status === 'submitted' && !next.submittedOn) throw fieldError('submittedOn', 'required', 'a submitted report needs its submission date');
  if (next.submittedOn && current.periodEnd && next.submittedOn <= current.periodEnd) throw fieldError('submittedOn', 'submitted_before_period_end', 'the report was submitted before the period it covers ended');
  if (next.submittedOn && next.submittedOn > today) throw fieldError('submittedOn', 'date_in_future', 'the submission date is in the future');
  if (next.ownerDesignationId && input.ownerDesignationId !== undefined) {
    const d = listDesignations(store, { includeEnded: true, today }).find((x) => x.id === next.ownerDesignationId);
    if (!d) throw fieldError('ownerDesignationId', 'ref_missing', 'the designation does not exist');
    if (d.convention !== current.convention) throw fieldError('ownerDesignationId', 'role_not_in_convention', 'the owner holds a role of another convention');
  }
  const values: Record<string, string | null> = { ...next, overrideReason: next.dueOverride ? next.overrideReason : null };
  // a field that was empty and stays empty writes nothing (the history shows only real changes)
  const before: Record<string, unknown> = { ...current, ownerDesignationId: current.owner?.designationId ?? null };
  const said = Object.fromEntries(Object.entries(values).filter(([k, v]) => v !== null || before[k] !== null));
  store.write(() => writeFields(store, 'report', current.id, { obligationId: current.obligationId, period: current.period, convention: current.convention, ...said }));
  return findReport(store, input.obligationId, input.period, today);
}

/** How a report changed over time, from the op log: every recorded value of its fields, oldest first. */
export function reportHistory(store: Store, id: string): FieldChange[] {
  return fieldHistory(store, 'report', id, ['obligationId', 'period', 'convention']);
}
