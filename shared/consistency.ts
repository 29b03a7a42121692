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

function subjectsOf(item: CheckItem): Flag['subject'][] {
  return [
    ...item.topicIds.map((id) => ({ kind: 'topic' as const, id })),
    ...(item.taxonGroup ? [{ kind: 'taxonGroup' as const, id: item.taxonGroup }] : []),
    ...(item.taxon ? [{ kind: 'taxon' as const, id: normalTaxon(item.taxon) }] : []),
  ];
}

const dayAfter = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Every flag, soonest meeting first; a finding raised by several shared subjects is reported once, under the first. */
export function checkConsistency(items: readonly CheckItem[], positions: readonly CheckPosition[], acks: ReadonlyMap<string, { reason: string; on: string | null }>, today: string): Flag[] {
  const itemById = new Map(items.map((i) => [i.id, i]));
  const live = positions.filter((p) => p.status !== 'superseded' && itemById.has(p.agendaItemId));
  const flags = new Map<string, Flag>();
  const add = (f: Omit<Flag, 'acknowledged'>) => {
    if (!flags.has(f.id)) flags.set(f.id, { ...f, acknowledged: acks.get(f.id) ?? null });
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
  for (const { subject, positions: list } of bySubject.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]].sort((x, y) => x.id.localeCompare(y.id));
        if (a.agendaItemId === b.agendaItemId) continue;
        const [ia, ib] = [itemById.get(a.agendaItemId)!, itemById.get(b.agendaItemId)!];
        const base = { subject, positionIds: [a.id, b.id], agendaItemIds: [ia.id, ib.id] };
        const [sa, sb] = [side(a.stance), side(b.stance)];
        if (sa && sb && sa !== sb) {
          // against an agreed position taken for a meeting that came first: a contradiction, not just a difference
          const earlier = (x: CheckPosition, ix: CheckItem, iy: CheckItem) => x.status === 'agreed' && (ix.start ?? '9999') < (iy.start ?? '9999');
          const contradicts = earlier(a, ia, ib) || earlier(b, ib, ia);
          add({ ...base, id: `${contradicts ? 'contradicts_earlier' : 'stances_differ'}__${a.id}__${b.id}`, kind: contradicts ? 'contradicts_earlier' : 'stances_differ' });
        } else if ((a.status === 'agreed') !== (b.status === 'agreed')) {
          add({ ...base, id: `agreed_and_draft__${a.id}__${b.id}`, kind: 'agreed_and_draft' });
        }
      }
    }
  }
  const covered = new Set(live.map((p) => p.agendaItemId));
  const soon = dayAfter(today, SOON_DAYS);
  for (const item of items) {
    if (covered.has(item.id) || !item.start || item.start < today || item.start > soon) continue;
    add({ id: `no_position__${item.id}`, kind: 'no_position', subject: null, positionIds: [], agendaItemIds: [item.id] });
  }
  const startOf = (f: Flag) => f.agendaItemIds.map((id) => itemById.get(id)?.start ?? '9999').sort()[0];
  return [...flags.values()].sort((x, y) => startOf(x).localeCompare(startOf(y)) || x.id.localeCompare(y.id));
}
