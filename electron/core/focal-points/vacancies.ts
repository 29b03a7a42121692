import type { Designation } from '../../../shared/model/designations.ts';
import { conventions, instruments } from '../../../shared/reference/conventions.ts';
import { roleTypes, type RoleType } from '../../../shared/reference/roles.ts';
import { memberIds } from '../membership/service.ts';
import type { Store } from '../store.ts';
import { listDesignations } from './designations.ts';
import { localToday } from './today.ts';

// What each convention expects a Party to designate, and who holds it today.

export interface RoleStatus {
  roleId: string;
  convention: string;
  instrumentId: string | null;
  expected: boolean;
  holders: Designation[];
  /** past holders, newest first */
  history: Designation[];
  state: 'held' | 'vacant' | 'expired' | 'optional';
}

export interface ConventionView {
  convention: string;
  member: boolean;
  roles: RoleStatus[];
  vacancies: number;
}

/** The roles that apply to the country for this convention: the convention's own, and those of the instruments it takes part in. */
function applicableRoles(convention: string, members: Set<string>): { role: RoleType; instrumentId: string | null }[] {
  const out: { role: RoleType; instrumentId: string | null }[] = [];
  for (const role of roleTypes.filter((r) => r.convention === convention)) {
    if (role.instrument) {
      if (members.has(role.instrument)) out.push({ role, instrumentId: role.instrument });
    } else if (role.id === 'cms:role:instrument-nfp') {
      // one focal point per CMS agreement or MOU the country takes part in
      for (const inst of instruments.filter((i) => i.convention === convention && members.has(i.id))) out.push({ role, instrumentId: inst.id });
    } else out.push({ role, instrumentId: null });
  }
  return out;
}

function roleStatuses(convention: string, members: Set<string>, designations: Designation[], today: string): RoleStatus[] {
  const member = members.has(convention);
  return applicableRoles(convention, members).map(({ role, instrumentId }) => {
    const mine = designations.filter((d) => d.roleId === role.id && (role.id !== 'cms:role:instrument-nfp' || d.instrumentId === instrumentId));
    const holders = mine.filter((d) => d.active);
    const history = mine.filter((d) => !d.active && d.startDate && d.startDate <= today).sort((a, b) => ((a.endDate ?? '') < (b.endDate ?? '') ? 1 : -1));
    const expected = member && (role.expected || role.id === 'cms:role:instrument-nfp');
    const state = holders.length ? 'held' : !expected ? 'optional' : history.length ? 'expired' : 'vacant';
    return { roleId: role.id, convention, instrumentId, expected, holders, history, state };
  });
}

export function conventionView(store: Store, convention: string, today = localToday()): ConventionView {
  const members = memberIds(store);
  const roles = roleStatuses(convention, members, listDesignations(store, { convention, includeEnded: true, today }), today);
  return { convention, member: members.has(convention), roles, vacancies: roles.filter((r) => r.state === 'vacant' || r.state === 'expired').length };
}

export interface VacancySummary {
  membershipRecorded: boolean;
  total: number;
  byConvention: { convention: string; member: boolean; vacancies: number; roles: { roleId: string; instrumentId: string | null; state: 'vacant' | 'expired' }[] }[];
}

export function vacancies(store: Store, today = localToday()): VacancySummary {
  const members = memberIds(store);
  const all = listDesignations(store, { includeEnded: true, today });
  const byConvention = conventions.map((c) => {
    const roles = roleStatuses(
      c.id,
      members,
      all.filter((d) => d.convention === c.id),
      today,
    )
      .filter((r) => r.state === 'vacant' || r.state === 'expired')
      .map((r) => ({ roleId: r.roleId, instrumentId: r.instrumentId, state: r.state as 'vacant' | 'expired' }));
    return { convention: c.id, member: members.has(c.id), vacancies: roles.length, roles };
  });
  return { membershipRecorded: members.size > 0, total: byConvention.reduce((n, c) => n + c.vacancies, 0), byConvention };
}
