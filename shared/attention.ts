import type { Flag } from './consistency.ts';
import { addDays } from './days.ts';
import type { VacancySummary } from './model/focal-points.ts';
import type { AgendaItem } from './model/positions.ts';
import type { ReportItem } from './model/reports.ts';
import type { CapacityNeed } from './model/capacity.ts';
import type { Action } from './model/working-group.ts';

// "What needs my attention?": the rules of the home screen, one pure function over what the areas
// know. Each item says why in words (its kind and params, translated by the renderer) and where it
// is fixed (a route). "Mine": the person the user says they are, and the designations they hold.

export const ATTENTION_KINDS = ['report_overdue', 'report_due_soon', 'part_mine', 'role_vacant', 'gbf_gap', 'conflicts', 'positions_differ', 'no_position', 'action_overdue', 'changed_since_submitted', 'capacity_need'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export const URGENCIES = ['overdue', 'soon', 'open'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const SOON_DAYS = 30;

export interface AttentionItem {
  id: string;
  kind: AttentionKind;
  urgency: Urgency;
  /** the day it is due or happens, when it has one */
  date: string | null;
  /** the conventions it concerns (empty: the country's work as a whole) */
  conventions: string[];
  mine: boolean;
  params: Record<string, string | number | null>;
  link: { area: string; id: string | null };
}

export interface AttentionInputs {
  today: string;
  me: { personId: string; designationIds: readonly string[] } | null;
  reports: readonly ReportItem[];
  vacancies: VacancySummary;
  /** GBF targets that no national target carries */
  gbfGaps: readonly string[];
  conflicts: number;
  flags: readonly Flag[];
  agendaItems: readonly Pick<AgendaItem, 'id' | 'meetingId' | 'convention' | 'number' | 'title'>[];
  actions: readonly Action[];
  /** submitted reports and how many of the records they drew on changed since */
  changedSinceSubmitted: readonly { reportId: string; convention: string; count: number }[];
  /** capacity-building needs the working group recorded and no training has met yet */
  needs: readonly Pick<CapacityNeed, 'id' | 'title' | 'convention' | 'priority' | 'status' | 'forPersonIds' | 'forWhom'>[];
}

const urgencyOf = (due: string | null, today: string): Urgency => (!due ? 'open' : due < today ? 'overdue' : due <= addDays(today, SOON_DAYS) ? 'soon' : 'open');
const RANK: Record<Urgency, number> = { overdue: 0, soon: 1, open: 2 };

export function attentionItems(input: AttentionInputs): AttentionItem[] {
  const { today, me } = input;
  const out: AttentionItem[] = [];
  const soon = addDays(today, SOON_DAYS);
  const myDesignations = new Set(me?.designationIds ?? []);
  for (const r of input.reports) {
    if (!r.applies || r.status === 'submitted') continue;
    // a date the working group changed is neither the rule's estimate nor official
    const reportParams = { obligationId: r.obligationId, period: r.period, meetingId: r.meetingId, due: r.due, dueStatus: r.dueOverride ? 'changed' : r.dueStatus };
    const mine = Boolean(r.owner?.designationId && myDesignations.has(r.owner.designationId));
    if (r.overdue) out.push({ id: `report_overdue:${r.id}`, kind: 'report_overdue', urgency: 'overdue', date: r.due, conventions: [r.convention], mine, params: reportParams, link: { area: 'reporting', id: r.id } });
    else if (r.due && r.due <= soon) out.push({ id: `report_due_soon:${r.id}`, kind: 'report_due_soon', urgency: 'soon', date: r.due, conventions: [r.convention], mine, params: reportParams, link: { area: 'reporting', id: r.id } });
    for (const p of r.parts) {
      if (p.status !== 'open' || !me || p.assigneeId !== me.personId) continue;
      out.push({ id: `part_mine:${p.id}`, kind: 'part_mine', urgency: urgencyOf(p.due, today), date: p.due, conventions: [r.convention], mine: true, params: { ...reportParams, part: p.title, due: p.due }, link: { area: 'reporting', id: r.id } });
    }
  }
  for (const c of input.vacancies.byConvention) {
    if (!c.member) continue;
    for (const role of c.roles) out.push({ id: `role_vacant:${role.roleId}:${role.instrumentId ?? ''}`, kind: 'role_vacant', urgency: 'open', date: null, conventions: [c.convention], mine: false, params: { roleId: role.roleId, instrumentId: role.instrumentId, state: role.state }, link: { area: 'focal-points', id: c.convention } });
  }
  for (const itemId of input.gbfGaps) out.push({ id: `gbf_gap:${itemId}`, kind: 'gbf_gap', urgency: 'open', date: null, conventions: ['cbd'], mine: false, params: { itemId }, link: { area: 'targets', id: 'coverage' } });
  if (input.conflicts > 0) out.push({ id: 'conflicts', kind: 'conflicts', urgency: 'open', date: null, conventions: [], mine: false, params: { count: input.conflicts }, link: { area: 'conflicts', id: null } });
  const itemById = new Map(input.agendaItems.map((i) => [i.id, i]));
  for (const f of input.flags) {
    if (f.acknowledged) continue;
    const items = f.agendaItemIds.map((id) => itemById.get(id)).filter((i): i is NonNullable<typeof i> => Boolean(i));
    const conventions = [...new Set(items.map((i) => i.convention))].sort();
    if (f.kind === 'no_position') {
      const item = items[0];
      out.push({ id: `no_position:${f.id}`, kind: 'no_position', urgency: 'soon', date: null, conventions, mine: false, params: { meetingId: item?.meetingId ?? null, number: item?.number ?? null, title: item?.title ?? null }, link: { area: 'positions', id: null } });
    } else {
      out.push({ id: `positions_differ:${f.id}`, kind: 'positions_differ', urgency: 'soon', date: null, conventions, mine: false, params: { flag: f.kind, subjectKind: f.subject?.kind ?? null, subject: f.subject?.id ?? null, meetings: [...new Set(items.map((i) => i.meetingId))].join(',') }, link: { area: 'positions', id: 'check' } });
    }
  }
  for (const a of input.actions) {
    if (!a.overdue) continue;
    out.push({ id: `action_overdue:${a.id}`, kind: 'action_overdue', urgency: 'overdue', date: a.due, conventions: a.meetingId ? [a.meetingId.split(':')[0]] : [], mine: Boolean(me && a.ownerPersonId === me.personId), params: { title: a.title, owner: a.ownerName, due: a.due }, link: { area: 'working-group', id: 'actions' } });
  }
  for (const c of input.changedSinceSubmitted) {
    if (c.count > 0) out.push({ id: `changed_since_submitted:${c.reportId}`, kind: 'changed_since_submitted', urgency: 'open', date: null, conventions: [c.convention], mine: false, params: { reportId: c.reportId, count: c.count }, link: { area: 'drafts', id: c.reportId } });
  }
  // high-priority needs still open: the working group said they matter most
  for (const n of input.needs) {
    if (n.status !== 'open' || n.priority !== 'high') continue;
    out.push({ id: `capacity_need:${n.id}`, kind: 'capacity_need', urgency: 'open', date: null, conventions: n.convention ? [n.convention] : [], mine: Boolean(me && n.forPersonIds.includes(me.personId)), params: { title: n.title, forWhom: n.forWhom }, link: { area: 'capacity', id: 'needs' } });
  }
  return out.sort((x, y) => RANK[x.urgency] - RANK[y.urgency] || (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.id.localeCompare(y.id));
}

/** The items a filter keeps: mine only, and one convention (items of the whole country stay). */
export function filterAttention(items: readonly AttentionItem[], filter: { mine: boolean; convention: string | null }): AttentionItem[] {
  return items.filter((i) => (!filter.mine || i.mine) && (!filter.convention || i.conventions.length === 0 || i.conventions.includes(filter.convention)));
}
