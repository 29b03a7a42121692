import type { Designation } from '../../../shared/model/designations.ts';
import { conventions, instruments } from '../../../shared/reference/conventions.ts';
import { roleTypes, type RoleType } from '../../../shared/reference/roles.ts';
import { memberIds } from '../membership/service.ts';
import type { Store } from '../store.ts';
import { stmt } from '../db/sql.ts';
import { listDesignations } from './designations.ts';
import { localToday } from '../../../shared/days.ts';

// What each convention expects a Party to designate, and who holds it today.

/** Earlier holders sent per role; a long history is summarized by its count. */
const HISTORY_SHOWN = 100;
/** the CMS role held once per agreement or MOU the country takes part in */
const INSTRUMENT_NFP = 'cms:role:instrument-nfp';

export interface RoleStatus {
  roleId: string;
  convention: string;
  instrumentId: string | null;
  expected: boolean;
  holders: Designation[];
  /** designations that start later (a successor named in a handover), soonest first */
  upcoming: Designation[];
  /** past holders, newest first (at most HISTORY_SHOWN) */
  history: Designation[];
  historyCount: number;
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
    } else if (role.id === INSTRUMENT_NFP) {
      // one focal point per CMS agreement or MOU the country takes part in
      for (const inst of instruments.filter((i) => i.convention === convention && members.has(i.id))) out.push({ role, instrumentId: inst.id });
    } else out.push({ role, instrumentId: null });
  }
  return out;
}

function roleStatuses(convention: string, members: Set<string>, designations: Designation[], today: string): RoleStatus[] {
  const member = members.has(convention);
  return applicableRoles(convention, members).map(({ role, instrumentId }) => {
    const mine = designations.filter((d) => d.roleId === role.id && (role.id !== INSTRUMENT_NFP || d.instrumentId === instrumentId));
    const holders = mine.filter((d) => d.active);
    const upcoming = mine.filter((d) => !d.active && d.startDate && d.startDate > today).sort((a, b) => (a.startDate! < b.startDate! ? -1 : 1));
    const history = mine.filter((d) => !d.active && d.startDate && d.startDate <= today).sort((a, b) => ((a.endDate ?? '') < (b.endDate ?? '') ? 1 : -1));
    // a role about an agreement is expected of a Party to that agreement, Party to CMS or not (an AEWA Party's AEWA focal point)
    const party = instrumentId ? members.has(instrumentId) : member;
    const expected = party && (role.expected || role.id === INSTRUMENT_NFP);
    const state = holders.length ? 'held' : !expected ? 'optional' : history.length ? 'expired' : 'vacant';
    return { roleId: role.id, convention, instrumentId, expected, holders, upcoming, history: history.slice(0, HISTORY_SHOWN), historyCount: history.length, state };
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

/** Vacancies from counts alone (the navigation badge asks often; a store may hold tens of thousands of designations). */
export function vacancies(store: Store, today = localToday()): VacancySummary {
  const members = memberIds(store);
  const counts = stmt(
    store.db,
    `SELECT roleId, instrumentId,
       sum(CASE WHEN (startDate IS NULL OR startDate <= ?) AND (endDate IS NULL OR endDate >= ?) THEN 1 ELSE 0 END) AS active,
       sum(CASE WHEN startDate <= ? THEN 1 ELSE 0 END) AS started
     FROM designation WHERE _deleted = 0 GROUP BY roleId, instrumentId`,
  ).all(today, today, today) as { roleId: string; instrumentId: string | null; active: number; started: number }[];
  const tally = (roleId: string, instrumentId: string | null, perInstrument: boolean) =>
    counts
      .filter((c) => c.roleId === roleId && (!perInstrument || c.instrumentId === instrumentId))
      .reduce((t, c) => ({ active: t.active + c.active, started: t.started + c.started }), { active: 0, started: 0 });
  const byConvention = conventions.map((c) => {
    const member = members.has(c.id);
    // a Party to an agreement owes its roles even when not a Party to the convention itself
    const roles = applicableRoles(c.id, members)
      .filter(({ instrumentId }) => (instrumentId ? members.has(instrumentId) : member))
      .filter(({ role }) => role.expected || role.id === INSTRUMENT_NFP)
      .map(({ role, instrumentId }) => ({ roleId: role.id, instrumentId, ...tally(role.id, instrumentId, role.id === INSTRUMENT_NFP) }))
      .filter((r) => r.active === 0)
      .map((r) => ({ roleId: r.roleId, instrumentId: r.instrumentId, state: (r.started > 0 ? 'expired' : 'vacant') as 'vacant' | 'expired' }));
    return { convention: c.id, member, vacancies: roles.length, roles };
  });
  return { membershipRecorded: members.size > 0, total: byConvention.reduce((n, c) => n + c.vacancies, 0), byConvention };
}
