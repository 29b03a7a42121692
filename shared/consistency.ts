// The consistency check of national positions across conventions. Pure: the same agenda items,
// positions and acknowledgements give the same flags. A subject is a topic or a taxon group (or a
// named taxon); two live positions on one subject are compared, and an agenda item of a meeting
// that starts within 60 days without a position is flagged too.

export const STANCES = ['support', 'support_conditions', 'neutral', 'oppose', 'undecided'] as const;
export type Stance = (typeof STANCES)[number];
export const POSITION_STATES = ['draft', 'agreed', 'superseded'] as const;
export type PositionState = (typeof POSITION_STATES)[number];
export const FLAG_KINDS = ['stances_differ', 'contradicts_earlier', 'agreed_and_draft', 'no_position'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
export const SOON_DAYS = 60;

export interface CheckItem {
  id: string;
  meetingId: string;
  convention: string;
  /** the meeting's first and last day, when known */
  start: string | null;
  end: string | null;
  topicIds: readonly string[];
  taxonGroup: string | null;
  taxon: string | null;
}

export interface CheckPosition {
  id: string;
  agendaItemId: string;
  stance: Stance;
  status: PositionState;
  agreedOn: string | null;
}

export interface Flag {
  /** stable for the same finding: what an acknowledgement is attached to */
  id: string;
  kind: FlagKind;
  subject: { kind: 'topic' | 'taxonGroup' | 'taxon'; id: string } | null;
  positionIds: string[];
  agendaItemIds: string[];
  acknowledged: { reason: string; on: string | null } | null;
}

const side = (s: Stance): 'for' | 'against' | null => (s === 'support' || s === 'support_conditions' ? 'for' : s === 'oppose' ? 'against' : null);
const normalTaxon = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');

function subjectsOf(item: Pick<CheckItem, 'topicIds' | 'taxonGroup' | 'taxon'>): Flag['subject'][] {
  return [
    ...item.topicIds.map((id) => ({ kind: 'topic' as const, id })),
    ...(item.taxonGroup ? [{ kind: 'taxonGroup' as const, id: item.taxonGroup }] : []),
    ...(item.taxon ? [{ kind: 'taxon' as const, id: normalTaxon(item.taxon) }] : []),
  ];
}

/** An item's subjects as keys ("topic:sharks-rays", "taxon:carcharhinus longimanus"): two items on one subject share a key. */
export function subjectKeys(item: Pick<CheckItem, 'topicIds' | 'taxonGroup' | 'taxon'>): string[] {
  return subjectsOf(item).map((s) => `${s!.kind}:${s!.id}`);
}

const dayAfter = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A short stable digest of a set of ids (cyrb53, twice): the same finding keeps its id, a changed one gets a new one. */
export function digest(ids: readonly string[]): string {
  const text = [...ids].sort().join('|');
  const h = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  };
  return h(1) + h(2);
}

/**
 * Every flag, soonest meeting first. Per subject, one flag gathers the positions that do not fit
 * (all those for and all those against), so a much-discussed subject gives one finding, not one per
 * pair; the same positions found through several shared subjects are reported once.
 */
export function checkConsistency(items: readonly CheckItem[], positions: readonly CheckPosition[], acks: ReadonlyMap<string, { reason: string; on: string | null }>, today: string): Flag[] {
  const itemById = new Map(items.map((i) => [i.id, i]));
  const live = positions.filter((p) => p.status !== 'superseded' && itemById.has(p.agendaItemId));
  const flags = new Map<string, Flag>();
  const add = (kind: FlagKind, subject: Flag['subject'], found: readonly CheckPosition[], agendaItemIds?: string[]) => {
    // those for first, then those against (then the rest), each by id: a view can show both ends
    const rank = (p: CheckPosition) => (side(p.stance) === 'for' ? 0 : side(p.stance) === 'against' ? 2 : 1);
    const ps = [...found].sort((x, y) => rank(x) - rank(y) || x.id.localeCompare(y.id));
    const positionIds = ps.map((p) => p.id);
    const itemIds = agendaItemIds ?? [...new Set(ps.map((p) => p.agendaItemId))];
    const id = `${kind}__${digest([...positionIds, ...itemIds])}`;
    if (!flags.has(id)) flags.set(id, { id, kind, subject, positionIds, agendaItemIds: itemIds, acknowledged: acks.get(id) ?? null });
  };
  const bySubject = new Map<string, { subject: NonNullable<Flag['subject']>; positions: CheckPosition[] }>();
  for (const p of live) {
    for (const subject of subjectsOf(itemById.get(p.agendaItemId)!)) {
      const key = `${subject!.kind}:${subject!.id}`;
      const entry = bySubject.get(key) ?? { subject: subject!, positions: [] };
      entry.positions.push(p);
      bySubject.set(key, entry);
    }
  }
  const startOf = (p: CheckPosition) => itemById.get(p.agendaItemId)?.start ?? '9999';
  for (const { subject, positions: list } of bySubject.values()) {
    if (new Set(list.map((p) => p.agendaItemId)).size < 2) continue;
    const pro = list.filter((p) => side(p.stance) === 'for');
    const con = list.filter((p) => side(p.stance) === 'against');
    if (pro.length && con.length) {
      // against an agreed position taken for a meeting that came first: a contradiction, not just a difference
      const agreedFirst = (agreed: CheckPosition[], other: CheckPosition[]) => agreed.some((a) => a.status === 'agreed' && other.some((o) => startOf(a) < startOf(o)));
      add(agreedFirst(pro, con) || agreedFirst(con, pro) ? 'contradicts_earlier' : 'stances_differ', subject, [...pro, ...con]);
      continue;
    }
    const agreed = list.filter((p) => p.status === 'agreed');
    const drafts = list.filter((p) => p.status === 'draft');
    if (agreed.length && drafts.length) add('agreed_and_draft', subject, [...agreed, ...drafts]);
  }
  const covered = new Set(live.map((p) => p.agendaItemId));
  const soon = dayAfter(today, SOON_DAYS);
  for (const item of items) {
    if (covered.has(item.id) || !item.start || item.start < today || item.start > soon) continue;
    add('no_position', null, [], [item.id]);
  }
  const firstStart = (f: Flag) => f.agendaItemIds.map((id) => itemById.get(id)?.start ?? '9999').sort()[0];
  return [...flags.values()].sort((x, y) => firstStart(x).localeCompare(firstStart(y)) || x.id.localeCompare(y.id));
}

/** A flag's positions a view shows: the first and the last few (those for, those against). */
export const SHOWN_PER_SIDE = 3;
export function shownPositionIds(ids: readonly string[]): readonly string[] {
  return ids.length <= 2 * SHOWN_PER_SIDE ? ids : [...ids.slice(0, SHOWN_PER_SIDE), ...ids.slice(-SHOWN_PER_SIDE)];
}
