import crypto from 'node:crypto';
import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import type { Position, positionSave } from '../../../shared/model/positions.ts';
import { stmt } from '../db/sql.ts';
import { defined, rowState } from '../records/crud.ts';
import { fieldHistory, type FieldChange } from '../records/history.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { getAgendaItem } from './agenda.ts';

// The country's position on one agenda item: stance, text, fallback, red lines, allies and
// opponents, speaking points, and its standing (draft, agreed by the working group on a date,
// superseded). Its history is the op log's.

interface Row extends Omit<Position, 'nationalTargetIds' | 'reliesOnPositionIds'> {
  nationalTargetIds: string | null;
  reliesOnPositionIds: string | null;
}
const SELECT = `SELECT p.id, p.agendaItemId, p.convention, p.stance, p.text, p.fallback, p.redLines, p.allies, p.opponents, p.speakingPoints, p.status, p.agreedOn, p.agreedAt,
  p.agreedAtMeetingId, w.title AS agreedAtLabel, p.leadDesignationId, pe.name AS leadName, p.nationalTargetIds, p.reliesOnPositionIds
  FROM position p LEFT JOIN designation d ON d.id = p.leadDesignationId LEFT JOIN person pe ON pe.id = d.personId
  LEFT JOIN wg_meeting w ON w.id = p.agreedAtMeetingId AND w._deleted = 0 WHERE p._deleted = 0`;
const list = (json: string | null): string[] => (json ? JSON.parse(json) : []);
const toPosition = (r: Row): Position => ({ ...r, nationalTargetIds: list(r.nationalTargetIds), reliesOnPositionIds: list(r.reliesOnPositionIds) });

export function listPositions(store: Store, meetingId?: string): Position[] {
  const rows = (meetingId
    ? stmt(store.db, `${SELECT} AND p.agendaItemId IN (SELECT id FROM agenda_item WHERE meetingId = ? AND _deleted = 0)`).all(meetingId)
    : stmt(store.db, SELECT).all()) as Row[];
  return rows.map(toPosition);
}

export function listPositionsById(store: Store, ids: readonly string[]): Position[] {
  return (stmt(store.db, `${SELECT} AND p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[]).map(toPosition);
}

/** What was written on a position and when: "what was agreed when". */
export function positionHistory(store: Store, id: string): FieldChange[] {
  if (rowState(store, 'position', id) === 'missing') throw new AppError('not_found', `no position ${id}`, { entity: 'position', id });
  return fieldHistory(store, 'position', id, ['agendaItemId', 'convention']);
}

export function savePosition(store: Store, input: z.output<typeof positionSave>, today = localToday()): Position {
  const item = getAgendaItem(store, input.agendaItemId);
  if (!item) throw fieldError('agendaItemId', 'ref_missing', 'the agenda item does not exist');
  const meeting = listMeetings(store).find((m) => m.id === item.meetingId);
  const last = meeting?.end ?? meeting?.start;
  if (last && last < today) throw fieldError('agendaItemId', 'meeting_ended', 'the meeting has ended; its positions are history');
  if (input.leadDesignationId && rowState(store, 'designation', input.leadDesignationId) !== 'live') throw fieldError('leadDesignationId', 'ref_missing', 'the designation does not exist');
  for (const [n, t] of (input.nationalTargetIds ?? []).entries()) if (rowState(store, 'nationalTarget', t) !== 'live') throw fieldError(`nationalTargetIds.${n}`, 'ref_missing', 'the national target does not exist');
  for (const [n, p] of (input.reliesOnPositionIds ?? []).entries()) if (rowState(store, 'position', p) !== 'live') throw fieldError(`reliesOnPositionIds.${n}`, 'ref_missing', 'the position does not exist');
  if (input.agreedAtMeetingId && rowState(store, 'wgMeeting', input.agreedAtMeetingId) !== 'live') throw fieldError('agreedAtMeetingId', 'ref_missing', 'the working-group meeting does not exist');
  if (input.id) {
    const owner = stmt(store.db, 'SELECT agendaItemId FROM position WHERE id = ? AND _deleted = 0').get(input.id) as { agendaItemId: string } | undefined;
    if (!owner) throw new AppError('not_found', `no position ${input.id}`, { entity: 'position', id: input.id });
    if (owner.agendaItemId !== input.agendaItemId) throw fieldError('agendaItemId', 'invalid', 'the position belongs to another agenda item');
  }
  const id = input.id ?? crypto.randomUUID();
  const { id: _id, ...values } = input;
  store.write(() => writeFields(store, 'position', id, { ...defined(values), convention: item.convention } as never));
  return toPosition(stmt(store.db, `${SELECT} AND p.id = ?`).get(id) as Row);
}
