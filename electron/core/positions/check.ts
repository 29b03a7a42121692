import type { z } from 'zod';
import { checkConsistency, shownPositionIds, type CheckItem, type CheckPosition } from '../../../shared/consistency.ts';
import { localToday } from '../../../shared/days.ts';
import { AppError } from '../../../shared/errors.ts';
import type { AgendaItem, flagAckSave, Position } from '../../../shared/model/positions.ts';
import type { Flag } from '../../../shared/consistency.ts';
import { stmt } from '../db/sql.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { listAgendaById } from './agenda.ts';
import { listPositionsById } from './positions.ts';

// The consistency check over every agenda item and position the desk holds, with the items and
// positions the flags name (for showing them side by side), and acknowledgements.

export interface Check {
  flags: Flag[];
  items: AgendaItem[];
  positions: Position[];
}

export function consistencyCheck(store: Store, today = localToday()): Check {
  const meetings = new Map(listMeetings(store).map((m) => [m.id, m]));
  // the check reads only what it compares; the rows it shows are read after, for the flags alone
  const rows = stmt(store.db, 'SELECT id, meetingId, convention, topicIds, taxonGroup, taxon FROM agenda_item WHERE _deleted = 0').all() as { id: string; meetingId: string; convention: string; topicIds: string | null; taxonGroup: string | null; taxon: string | null }[];
  const items: CheckItem[] = rows.map((i) => ({ ...i, topicIds: i.topicIds ? (JSON.parse(i.topicIds) as string[]) : [], start: meetings.get(i.meetingId)?.start ?? null, end: meetings.get(i.meetingId)?.end ?? null }));
  const positions = stmt(store.db, 'SELECT id, agendaItemId, stance, status, agreedOn FROM position WHERE _deleted = 0').all() as CheckPosition[];
  const acks = new Map((stmt(store.db, 'SELECT id, reason, "on" FROM flag_ack WHERE _deleted = 0').all() as { id: string; reason: string; on: string | null }[]).map((a) => [a.id, { reason: a.reason, on: a.on }]));
  const flags = checkConsistency(items, positions, acks, today);
  const shownPositions = new Set(flags.flatMap((f) => shownPositionIds(f.positionIds)));
  const shownItems = new Set(flags.flatMap((f) => (f.positionIds.length ? [] : f.agendaItemIds)));
  const shown = listPositionsById(store, [...shownPositions]);
  for (const p of shown) shownItems.add(p.agendaItemId);
  return { flags, items: listAgendaById(store, [...shownItems]), positions: shown };
}

export function acknowledgeFlag(store: Store, input: z.output<typeof flagAckSave>, today = localToday()): Check {
  const found = consistencyCheck(store, today).flags.find((f) => f.id === input.flagId);
  if (!found) throw new AppError('invalid_input', 'no such flag (it may have cleared)', {}, [{ path: 'flagId', code: 'invalid' }]);
  store.write(() => writeFields(store, 'flagAck', input.flagId, { kind: found.kind, reason: input.reason, on: today }));
  return consistencyCheck(store, today);
}
