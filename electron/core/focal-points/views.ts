import type { Designation } from '../../../shared/model/designations.ts';
import { conventions } from '../../../shared/reference/conventions.ts';
import { memberIds } from '../membership/service.ts';
import type { Store } from '../store.ts';
import { searchClause } from '../records/list-query.ts';
import { stmt } from '../db/sql.ts';
import { DESIGNATION_SELECT, listDesignations, toDesignation } from './designations.ts';
import { localToday } from '../../../shared/days.ts';

// Who sits where: designations seen by institution, and the conventions × institutions matrix.

export interface InstitutionRoles {
  institutionId: string | null;
  institutionName: string | null;
  conventions: string[];
  designations: Designation[];
}

export function byInstitution(store: Store, today = localToday()): InstitutionRoles[] {
  const active = listDesignations(store, { today, activeOnly: true });
  const groups = new Map<string, InstitutionRoles>();
  for (const d of active) {
    const key = d.institutionId ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { institutionId: d.institutionId, institutionName: d.institutionName, conventions: [], designations: [] }));
    g.designations.push(d);
    if (d.convention && !g.conventions.includes(d.convention)) g.conventions.push(d.convention);
  }
  return [...groups.values()].sort((a, b) => (a.institutionName ?? '\uffff').localeCompare(b.institutionName ?? '\uffff'));
}

export interface CoordinationMatrix {
  conventions: string[];
  rows: { institutionId: string | null; institutionName: string | null; cells: Record<string, { roleId: string; instrumentId: string | null; personName: string | null }[]> }[];
}

/** Conventions (the country's, or all when membership is not recorded) by institutions: who must talk to whom. */
export function coordinationMatrix(store: Store, today = localToday()): CoordinationMatrix {
  const members = memberIds(store);
  const cols = conventions.map((c) => c.id).filter((c) => members.size === 0 || members.has(c));
  const rows = byInstitution(store, today).map((g) => {
    const cells: Record<string, { roleId: string; instrumentId: string | null; personName: string | null }[]> = {};
    for (const d of g.designations) if (d.convention && d.roleId) (cells[d.convention] ??= []).push({ roleId: d.roleId, instrumentId: d.instrumentId, personName: d.personName });
    return { institutionId: g.institutionId, institutionName: g.institutionName, cells };
  });
  return { conventions: cols, rows };
}

export interface RegistrySearchResult {
  people: { id: string; name: string | null; title: string | null; institutionName: string | null; roles: string[] }[];
  institutions: { id: string; name: string | null; acronym: string | null }[];
  holders: Designation[];
}

/**
 * As-you-type search across the registry: people (with the roles they hold), institutions, and the
 * current holders of the roles whose translated titles matched in the renderer (roleIds).
 */
export function searchRegistry(store: Store, query: string, roleIds: string[], limit = 20, today = localToday()): RegistrySearchResult {
  const people = searchClause(query, 'p._search');
  const peopleRows = stmt(
    store.db,
    `SELECT p.id, p.name, p.title, i.name AS institutionName FROM person p LEFT JOIN institution i ON i.id = p.institutionId AND i._deleted = 0
     WHERE p._deleted = 0 AND ${people.sql} ORDER BY p.name COLLATE NOCASE LIMIT ?`,
  ).all(...people.params, limit) as { id: string; name: string | null; title: string | null; institutionName: string | null }[];
  const rolesOf = stmt(store.db, 'SELECT roleId, startDate, endDate FROM designation WHERE personId = ? AND _deleted = 0');
  const withRoles = peopleRows.map((p) => ({
    ...p,
    roles: (rolesOf.all(p.id) as { roleId: string; startDate: string | null; endDate: string | null }[])
      .filter((d) => (!d.startDate || d.startDate <= today) && (!d.endDate || d.endDate >= today))
      .map((d) => d.roleId),
  }));
  const inst = searchClause(query, 'i._search');
  const institutions = stmt(store.db, `SELECT i.id, i.name, i.acronym FROM institution i WHERE i._deleted = 0 AND ${inst.sql} ORDER BY i.name COLLATE NOCASE LIMIT ?`).all(
    ...inst.params,
    limit,
  ) as RegistrySearchResult['institutions'];
  const holders: Designation[] = [];
  if (roleIds.length) {
    const rows = stmt(store.db, `${DESIGNATION_SELECT} WHERE d._deleted = 0 AND d.roleId IN (${roleIds.map(() => '?').join(', ')}) LIMIT 200`).all(...roleIds) as Parameters<
      typeof toDesignation
    >[0][];
    for (const r of rows) {
      const d = toDesignation(r, today);
      if (d.active) holders.push(d);
    }
  }
  return { people: withRoles, institutions, holders: holders.slice(0, limit) };
}
