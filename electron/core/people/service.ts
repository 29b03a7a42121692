import { AppError } from '../../../shared/errors.ts';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract.ts';
import { personInput, personPatch, type Person } from '../../../shared/model/people.ts';
import type { Store } from '../store.ts';
import { searchClause } from '../records/list-query.ts';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../records/crud.ts';
import { stmt } from '../db/sql.ts';

interface PersonRow {
  id: string;
  honorific: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  institutionId: string | null;
  institutionName: string | null;
  institutionDeleted: number | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  fax: string | null;
  languages: string | null;
  notes: string | null;
  _deleted: number;
}

const SELECT = `SELECT p.id, p.honorific, p.name, p.title, p.department, p.institutionId, i.name AS institutionName, i._deleted AS institutionDeleted,
  p.address, p.email, p.phone, p.fax, p.languages, p.notes, p._deleted
  FROM person p LEFT JOIN institution i ON i.id = p.institutionId`;

function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    honorific: r.honorific,
    name: r.name,
    title: r.title,
    department: r.department,
    institutionId: r.institutionId,
    institutionName: r.institutionName,
    institutionDeleted: r.institutionDeleted === 1,
    address: r.address,
    email: r.email,
    phone: r.phone,
    fax: r.fax,
    languages: r.languages ? (JSON.parse(r.languages) as string[]) : [],
    notes: r.notes,
    deleted: r._deleted === 1,
  };
}

export function getPerson(store: Store, id: string): Person {
  const row = stmt(store.db, `${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  if (!row) throw new AppError('not_found', `no person with id ${id}`, { entity: 'person', id });
  return toPerson(row);
}

export function listPeople(store: Store, input: ChannelInput<'people.list'>): ChannelOutput<'people.list'> {
  const search = searchClause(input.query, 'p._search');
  const where = [search.sql, input.includeDeleted ? '1' : 'p._deleted = 0', input.institutionId ? 'p.institutionId = ?' : '1'].join(' AND ');
  const params = [...search.params, ...(input.institutionId ? [input.institutionId] : [])];
  const total = (stmt(store.db, `SELECT count(*) AS n FROM person p WHERE ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(store.db, `${SELECT} WHERE ${where} ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?`).all(
    ...params,
    input.limit ?? 10_000,
    input.offset ?? 0,
  ) as PersonRow[];
  return { total, items: rows.map(toPerson) };
}

function checkInstitution(store: Store, institutionId: string | null | undefined): void {
  if (!institutionId) return;
  const row = stmt(store.db, 'SELECT _deleted FROM institution WHERE id = ?').get(institutionId) as { _deleted: number } | undefined;
  if (!row || row._deleted) {
    throw new AppError('invalid_input', 'the institution does not exist', {}, [{ path: 'institutionId', code: 'ref_missing' }]);
  }
}

export function createPerson(store: Store, input: ChannelInput<'people.create'>): Person {
  const values = personInput.parse(input);
  checkInstitution(store, values.institutionId);
  return getPerson(store, createRecord(store, 'person', values));
}

export function updatePerson(store: Store, input: ChannelInput<'people.update'>): Person {
  const patch = personPatch.parse(input.patch);
  checkInstitution(store, patch.institutionId);
  updateRecord(store, 'person', input.id, patch);
  return getPerson(store, input.id);
}

export function deletePerson(store: Store, id: string): Person {
  deleteRecord(store, 'person', id);
  return getPerson(store, id);
}

export function restorePerson(store: Store, id: string): Person {
  restoreRecord(store, 'person', id);
  return getPerson(store, id);
}
