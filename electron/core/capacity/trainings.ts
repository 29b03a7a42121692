import type { z } from 'zod';
import type { Training, trainingSave } from '../../../shared/model/capacity.ts';
import { stmt } from '../db/sql.ts';
import { deleteRecord, restoreRecord, saveRecord } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { requireLivePeople } from './refs.ts';

// Trainings and workshops attended: what, of which convention, organised by whom, when, where, and
// the people who went. A need recorded by the working group may name the training that met it.

interface Row extends Omit<Training, 'attendeeIds' | 'attendees' | 'metNeedIds'> {
  attendeeIds: string | null;
  attendees: string;
  metNeedIds: string;
}
// the attendees' names (in the order recorded) and the needs met come with the row
const SELECT = `SELECT t.id, t.title, t.kind, t.convention, t.organiser, t.startDate, t.endDate, t.mode, t.place, t.attendeeIds, t.link, t.notes,
  (SELECT json_group_array(json_object('id', j.value, 'name', p.name)) FROM json_each(coalesce(t.attendeeIds, '[]')) j LEFT JOIN person p ON p.id = j.value ORDER BY j.key) AS attendees,
  (SELECT json_group_array(n.id) FROM capacity_need n WHERE n.metByTrainingId = t.id AND n._deleted = 0) AS metNeedIds
  FROM training t WHERE t._deleted = 0`;
const toTraining = (r: Row): Training => ({
  ...r,
  attendeeIds: r.attendeeIds ? JSON.parse(r.attendeeIds) : [],
  attendees: JSON.parse(r.attendees),
  metNeedIds: JSON.parse(r.metNeedIds),
});

export interface TrainingFilter {
  convention?: string;
  /** only the trainings this person attended */
  personId?: string;
}

export function listTrainings(store: Store, filter: TrainingFilter = {}): Training[] {
  const where = [
    filter.convention ? 't.convention = @convention' : null,
    filter.personId ? "EXISTS (SELECT 1 FROM json_each(coalesce(t.attendeeIds, '[]')) WHERE value = @personId)" : null,
  ].filter(Boolean);
  const sql = `${SELECT}${where.map((w) => ` AND ${w}`).join('')} ORDER BY t.startDate DESC, t.title COLLATE NOCASE`;
  return (stmt(store.db, sql).all({ convention: filter.convention ?? null, personId: filter.personId ?? null }) as Row[]).map(toTraining);
}

export function getTraining(store: Store, id: string): Training | undefined {
  const row = stmt(store.db, `${SELECT} AND t.id = ?`).get(id) as Row | undefined;
  return row ? toTraining(row) : undefined;
}

export function saveTraining(store: Store, input: z.output<typeof trainingSave>): Training {
  requireLivePeople(store, input.attendeeIds, 'attendeeIds');
  const id = saveRecord(store, 'training', input);
  return getTraining(store, id)!;
}

/** A soft delete: the needs it met keep pointing to it, so Undo brings the link back. */
export function removeTraining(store: Store, id: string): { id: string } {
  deleteRecord(store, 'training', id);
  return { id };
}

export function restoreTraining(store: Store, id: string): Training {
  restoreRecord(store, 'training', id);
  return getTraining(store, id)!;
}
