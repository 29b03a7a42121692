import type { z } from 'zod';
import { fieldError } from '../../../shared/errors.ts';
import type { WgMember, wgMemberSave } from '../../../shared/model/working-group.ts';
import { stmt } from '../db/sql.ts';
import { deleteRecord, rowState, saveRecord } from '../records/crud.ts';
import type { Store } from '../store.ts';

// Members of the working group: a person, and the designations that bring them there (a person
// may sit for CBD and Ramsar at once).

interface Row extends Omit<WgMember, 'designationIds'> {
  designationIds: string | null;
}
const SELECT = `SELECT m.id, m.personId, p.name AS personName, i.name AS institutionName, m.designationIds, m.role, m.since, m.until, m.notes
  FROM wg_member m LEFT JOIN person p ON p.id = m.personId LEFT JOIN institution i ON i.id = p.institutionId WHERE m._deleted = 0`;
const toMember = (r: Row): WgMember => ({ ...r, designationIds: r.designationIds ? JSON.parse(r.designationIds) : [] });

export function listMembers(store: Store): WgMember[] {
  return (stmt(store.db, `${SELECT} ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, p.name COLLATE NOCASE`).all() as Row[]).map(toMember);
}

export function saveMember(store: Store, input: z.output<typeof wgMemberSave>): WgMember {
  if (rowState(store, 'person', input.personId) !== 'live') throw fieldError('personId', 'ref_missing', 'the person does not exist');
  for (const [n, id] of (input.designationIds ?? []).entries()) {
    const d = stmt(store.db, 'SELECT personId FROM designation WHERE id = ? AND _deleted = 0').get(id) as { personId: string } | undefined;
    if (!d) throw fieldError(`designationIds.${n}`, 'ref_missing', 'the designation does not exist');
    if (d.personId !== input.personId) throw fieldError(`designationIds.${n}`, 'designation_of_other', 'the designation is another person’s');
  }
  const id = saveRecord(store, 'wgMember', input);
  return toMember(stmt(store.db, `${SELECT} AND m.id = ?`).get(id) as Row);
}

export function removeMember(store: Store, id: string): WgMember[] {
  deleteRecord(store, 'wgMember', id);
  return listMembers(store);
}
