import { AppError } from '../../../shared/errors.ts';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract.ts';
import { institutionInput, institutionPatch, type Institution } from '../../../shared/model/institutions.ts';
import type { Store } from '../store.ts';
import { searchClause } from '../records/list-query.ts';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../records/crud.ts';
import { stmt } from '../db/sql.ts';

interface InstitutionRow {
  id: string;
  name: string | null;
  acronym: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  address: string | null;
  notes: string | null;
  _deleted: number;
  peopleCount: number;
}

const SELECT = `SELECT i.id, i.name, i.acronym, i.email, i.phone, i.website, i.address, i.notes, i._deleted,
  (SELECT count(*) FROM person p WHERE p.institutionId = i.id AND p._deleted = 0) AS peopleCount
  FROM institution i`;

function toInstitution(r: InstitutionRow): Institution {
  const { _deleted, ...rest } = r;
  return { ...rest, deleted: _deleted === 1 };
}

export function getInstitution(store: Store, id: string): Institution {
  const row = stmt(store.db, `${SELECT} WHERE i.id = ?`).get(id) as InstitutionRow | undefined;
  if (!row) throw new AppError('not_found', `no institution with id ${id}`, { entity: 'institution', id });
  return toInstitution(row);
}

export function listInstitutions(store: Store, input: ChannelInput<'institutions.list'>): ChannelOutput<'institutions.list'> {
  const search = searchClause(input.query, 'i._search');
  const where = `${search.sql} AND ${input.includeDeleted ? '1' : 'i._deleted = 0'}`;
  const total = (stmt(store.db, `SELECT count(*) AS n FROM institution i WHERE ${where}`).get(...search.params) as { n: number }).n;
  const rows = stmt(store.db, `${SELECT} WHERE ${where} ORDER BY i.name COLLATE NOCASE, i.id LIMIT ? OFFSET ?`).all(
    ...search.params,
    input.limit ?? 10_000,
    input.offset ?? 0,
  ) as InstitutionRow[];
  return { total, items: rows.map(toInstitution) };
}

export function createInstitution(store: Store, input: ChannelInput<'institutions.create'>): Institution {
  return getInstitution(store, createRecord(store, 'institution', institutionInput.parse(input)));
}

export function updateInstitution(store: Store, input: ChannelInput<'institutions.update'>): Institution {
  updateRecord(store, 'institution', input.id, institutionPatch.parse(input.patch));
  return getInstitution(store, input.id);
}

export function deleteInstitution(store: Store, id: string): Institution {
  deleteRecord(store, 'institution', id);
  return getInstitution(store, id);
}

export function restoreInstitution(store: Store, id: string): Institution {
  restoreRecord(store, 'institution', id);
  return getInstitution(store, id);
}
