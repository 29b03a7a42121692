import type { z } from 'zod';
import { checkConsistency, type CheckItem } from '../../../shared/consistency.ts';
import { localToday } from '../../../shared/days.ts';
import { AppError } from '../../../shared/errors.ts';
import type { AgendaItem, flagAckSave, Position } from '../../../shared/model/positions.ts';
import type { Flag } from '../../../shared/consistency.ts';
import { stmt } from '../db/sql.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { listAgenda } from './agenda.ts';
import { listPositions } from './positions.ts';

// The consistency check over every agenda item and position the desk holds, with the items and
// positions the flags name (for showing them side by side), and acknowledgements.

export interface Check {
  flags: Flag[];
  items: AgendaItem[];
  positions: Position[];
}

export function consistencyCheck(store: Store, today = localToday()): Check {
  const meetings = new Map(listMeetings(store).map((m) => [m.id, m]));
  const agenda = listAgenda(store);
  const positions = listPositions(store);
  const items: CheckItem[] = agenda.map((i) => ({ ...i, start: meetings.get(i.meetingId)?.start ?? null, end: meetings.get(i.meetingId)?.end ?? null }));
  const acks = new Map((stmt(store.db, 'SELECT id, reason, "on" FROM flag_ack WHERE _deleted = 0').all() as { id: string; reason: string; on: string | null }[]).map((a) => [a.id, { reason: a.reason, on: a.on }]));
  const flags = checkConsistency(items, positions, acks, today);
  const named = new Set(flags.flatMap((f) => [...f.positionIds, ...f.agendaItemIds]));
  return { flags, items: agenda.filter((i) => named.has(i.id)), positions: positions.filter((p) => named.has(p.id)) };
}

export function acknowledgeFlag(store: Store, input: z.output<typeof flagAckSave>, today = localToday()): Check {
  const found = consistencyCheck(store, today).flags.find((f) => f.id === input.flagId);
  if (!found) throw new AppError('invalid_input', 'no such flag (it may have cleared)', {}, [{ path: 'flagId', code: 'invalid' }]);
  store.write(() => writeFields(store, 'flagAck', input.flagId, { kind: found.kind, reason: input.reason, on: today }));
  return consistencyCheck(store, today);
}
