import type { z } from 'zod';
import { AppError, fieldError } from '../../../shared/errors.ts';
import type { Designation, designationPatch, designationRecordInput, handoverInput } from '../../../shared/model/designations.ts';
import { instruments } from '../../../shared/reference/conventions.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import type { Store } from '../store.ts';
import { createRecord, deleteRecord, restoreRecord, rowState } from '../records/crud.ts';
import { stmt } from '../db/sql.ts';
import { writeFields } from '../sync/write.ts';
import { dayBefore, isActiveOn, localToday } from '../../../shared/days.ts';
import crypto from 'node:crypto';

// Designations: a person wears a focal-point hat for a convention from a date until a date.

interface DesignationRow {
  id: string;
  personId: string | null;
  personName: string | null;
  personDeleted: number | null;
  institutionId: string | null;
  institutionName: string | null;
  roleId: string | null;
  convention: string | null;
  instrumentId: string | null;
  startDate: string | null;
  endDate: string | null;
  notifiedDate: string | null;
  source: string | null;
  notes: string | null;
  _deleted: number;
}

export const DESIGNATION_SELECT = `SELECT d.id, d.personId, p.name AS personName, p._deleted AS personDeleted, p.institutionId, i.name AS institutionName,
  d.roleId, d.convention, d.instrumentId, d.startDate, d.endDate, d.notifiedDate, d.source, d.notes, d._deleted
  FROM designation d LEFT JOIN person p ON p.id = d.personId LEFT JOIN institution i ON i.id = p.institutionId AND i._deleted = 0`;

export function toDesignation(r: DesignationRow, today = localToday()): Designation {
  const { _deleted, personDeleted, ...rest } = r;
  return { ...rest, personDeleted: personDeleted === 1, deleted: _deleted === 1, active: _deleted === 0 && isActiveOn(r, today) };
}

export function getDesignation(store: Store, id: string): Designation {
  const row = stmt(store.db, `${DESIGNATION_SELECT} WHERE d.id = ?`).get(id) as DesignationRow | undefined;
  if (!row) throw new AppError('not_found', `no designation with id ${id}`, { entity: 'designation', id });
  return toDesignation(row);
}

export interface DesignationFilter {
  personId?: string;
  roleId?: string;
  convention?: string;
  /** also those that ended before today */
  includeEnded?: boolean;
  /** only those active today (started, not ended) */
  activeOnly?: boolean;
  today?: string;
}

export function listDesignations(store: Store, filter: DesignationFilter): Designation[] {
  const today = filter.today ?? localToday();
  const where = ['d._deleted = 0'];
  const params: string[] = [];
  if (filter.personId) (where.push('d.personId = ?'), params.push(filter.personId));
  if (filter.roleId) (where.push('d.roleId = ?'), params.push(filter.roleId));
  if (filter.convention) (where.push('d.convention = ?'), params.push(filter.convention));
  if (!filter.includeEnded || filter.activeOnly) (where.push('(d.endDate IS NULL OR d.endDate >= ?)'), params.push(today));
  if (filter.activeOnly) (where.push('(d.startDate IS NULL OR d.startDate <= ?)'), params.push(today));
  const rows = stmt(store.db, `${DESIGNATION_SELECT} WHERE ${where.join(' AND ')} ORDER BY d.startDate DESC, d.id`).all(...params) as DesignationRow[];
  return rows.map((r) => toDesignation(r, today));
}

/** The checks that need the store or the reference data: the role, its convention, the person. */
function checkDesignation(store: Store, d: { personId?: string | null; roleId?: string; instrumentId?: string | null }): { convention?: string } {
  let convention: string | undefined;
  if (d.roleId !== undefined) {
    const role = roleType(d.roleId);
    if (!role) throw fieldError('roleId', 'role_invalid', `unknown role ${d.roleId}`);
    convention = role.convention;
    if (d.instrumentId) {
      const inst = instruments.find((i) => i.id === d.instrumentId);
      if (!inst || inst.convention !== role.convention) throw fieldError('instrumentId', 'role_not_in_convention', `${d.instrumentId} is not an instrument of ${role.convention}`);
      if (role.instrument && role.instrument !== d.instrumentId) throw fieldError('instrumentId', 'role_not_in_convention', `${d.roleId} belongs to ${role.instrument}`);
    } else if (role.id === 'cms:role:instrument-nfp') {
      // this role is held once per agreement or MOU: without one it would show nowhere
      throw fieldError('instrumentId', 'instrument_invalid', 'choose the agreement or MOU');
    }
  }
  if (d.personId && rowState(store, 'person', d.personId) !== 'live') throw fieldError('personId', 'ref_missing', 'the person does not exist');
  return { convention };
}

const overlaps = (a: { startDate: string | null; endDate: string | null }, b: { startDate: string | null; endDate: string | null }) =>
  (!a.startDate || !b.endDate || a.startDate <= b.endDate) && (!b.startDate || !a.endDate || b.startDate <= a.endDate);

/** A single-holder role changes hands by a handover, not by a second holder for the same days. */
function checkRoleFree(store: Store, d: { roleId: string | null; instrumentId: string | null; startDate: string | null; endDate: string | null }, exceptId?: string): void {
  const role = d.roleId ? roleType(d.roleId) : undefined;
  if (!role || role.multiple) return;
  const taken = listDesignations(store, { roleId: role.id, includeEnded: true }).some((x) => x.id !== exceptId && x.instrumentId === d.instrumentId && overlaps(x, d));
  if (taken) throw fieldError('roleId', 'role_taken', 'this role already has a holder for these dates; hand it over instead');
}

export function createDesignation(store: Store, input: z.output<typeof designationRecordInput>): Designation {
  const { convention } = checkDesignation(store, input);
  const role = roleType(input.roleId)!;
  const instrumentId = input.instrumentId ?? role.instrument ?? null;
  checkRoleFree(store, { roleId: input.roleId, instrumentId, startDate: input.startDate ?? null, endDate: input.endDate ?? null });
  const id = createRecord(store, 'designation', { ...input, convention, instrumentId });
  return getDesignation(store, id);
}

export function updateDesignation(store: Store, id: string, patch: z.output<typeof designationPatch>): Designation {
  const current = getDesignation(store, id);
  if (current.deleted) throw new AppError('row_deleted', 'the designation was deleted', { entity: 'designation', id });
  const roleChanged = patch.roleId !== undefined;
  const instrumentChanged = patch.instrumentId !== undefined;
  const roleId = patch.roleId ?? current.roleId;
  // a new role drops the old role's instrument; a role about one instrument gets it, as on create
  let instrumentId = instrumentChanged ? (patch.instrumentId ?? null) : roleChanged ? null : current.instrumentId;
  if (roleChanged || instrumentChanged) instrumentId = instrumentId ?? (roleId ? roleType(roleId)?.instrument : null) ?? null;
  const { convention } = checkDesignation(store, { personId: patch.personId, roleId: (roleChanged || instrumentChanged) && roleId ? roleId : undefined, instrumentId });
  const start = patch.startDate !== undefined ? patch.startDate : current.startDate;
  const end = patch.endDate !== undefined ? patch.endDate : current.endDate;
  if (start && end && end < start) throw fieldError('endDate', 'end_before_start', 'the end date is before the start date');
  if (roleChanged || instrumentChanged || patch.startDate !== undefined || patch.endDate !== undefined) checkRoleFree(store, { roleId, instrumentId, startDate: start, endDate: end }, id);
  store.write(() => {
    if (rowState(store, 'designation', id) !== 'live') throw new AppError('row_deleted', 'the designation was deleted', { entity: 'designation', id });
    writeFields(store, 'designation', id, { ...patch, ...(roleChanged ? { convention } : {}), ...(roleChanged || instrumentChanged ? { instrumentId } : {}) } as Record<string, string | null>);
  });
  return getDesignation(store, id);
}

export function deleteDesignation(store: Store, id: string): Designation {
  deleteRecord(store, 'designation', id);
  return getDesignation(store, id);
}

export function restoreDesignation(store: Store, id: string): Designation {
  // undoing a delete must not give a single-holder role two holders for the same days
  const current = getDesignation(store, id);
  if (current.deleted) checkRoleFree(store, current, id);
  restoreRecord(store, 'designation', id);
  return getDesignation(store, id);
}

/** Ends a designation and starts the successor's in one step; the history stays. */
export function handover(store: Store, input: z.output<typeof handoverInput>): { ended: Designation; started: Designation } {
  const outgoing = getDesignation(store, input.id);
  if (outgoing.deleted) throw new AppError('row_deleted', 'the designation was deleted', { entity: 'designation', id: input.id });
  if (outgoing.startDate && input.date <= outgoing.startDate) throw fieldError('date', 'handover_before_start', 'the handover must come after the outgoing holder started');
  if (rowState(store, 'person', input.successorId) !== 'live') throw fieldError('successorId', 'ref_missing', 'the successor does not exist');
  const successorId = crypto.randomUUID();
  store.write(() => {
    // the outgoing holder leaves the day before; an end already recorded earlier stays (history is not rewritten)
    const end = dayBefore(input.date);
    if (!outgoing.endDate || outgoing.endDate > end) writeFields(store, 'designation', input.id, { endDate: end });
    writeFields(store, 'designation', successorId, {
      personId: input.successorId,
      roleId: outgoing.roleId,
      convention: outgoing.convention,
      instrumentId: outgoing.instrumentId,
      startDate: input.date,
      ...(input.notifiedDate ? { notifiedDate: input.notifiedDate } : {}),
      ...(input.source ? { source: input.source } : {}),
    });
  });
  return { ended: getDesignation(store, input.id), started: getDesignation(store, successorId) };
}
