import type { z } from 'zod';
import type { CapacityNeed, capacityNeedSave, NeedState } from '../../../shared/model/capacity.ts';
import { stmt } from '../db/sql.ts';
import { deleteRecord, restoreRecord, saveRecord } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { requireLive, requireLivePeople } from './refs.ts';

// Capacity-building needs: what is lacking, for whom, recorded at which working-group meeting, how
// pressing, and whether a training has met it. "Met" without naming a training is allowed (it was
// met some other way); naming a training that is not there is not.

interface Row extends Omit<CapacityNeed, 'forPersonIds' | 'forPeople'> {
  forPersonIds: string | null;
  forPeople: string;
}
const SELECT = `SELECT n.id, n.title, n.description, n.convention, n.forPersonIds, n.forWhom, n.wgMeetingId, w.title AS wgMeetingTitle, w.date AS wgMeetingDate,
  n.priority, n.status, n.metByTrainingId, t.title AS metByTrainingTitle,
  (SELECT json_group_array(json_object('id', j.value, 'name', p.name)) FROM json_each(coalesce(n.forPersonIds, '[]')) j LEFT JOIN person p ON p.id = j.value ORDER BY j.key) AS forPeople
  FROM capacity_need n
  LEFT JOIN wg_meeting w ON w.id = n.wgMeetingId AND w._deleted = 0
  LEFT JOIN training t ON t.id = n.metByTrainingId AND t._deleted = 0
  WHERE n._deleted = 0`;
// open first, then planned, then met; the most pressing first within each
const ORDER = `ORDER BY CASE n.status WHEN 'open' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END,
  CASE n.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, n.title COLLATE NOCASE`;
const toNeed = (r: Row): CapacityNeed => ({ ...r, forPersonIds: r.forPersonIds ? JSON.parse(r.forPersonIds) : [], forPeople: JSON.parse(r.forPeople) });

export interface NeedFilter {
  convention?: string;
  status?: NeedState;
}

export function listNeeds(store: Store, filter: NeedFilter = {}): CapacityNeed[] {
  const where = [filter.convention ? 'n.convention = @convention' : null, filter.status ? 'n.status = @status' : null].filter(Boolean);
  const sql = `${SELECT}${where.map((w) => ` AND ${w}`).join('')} ${ORDER}`;
  return (stmt(store.db, sql).all({ convention: filter.convention ?? null, status: filter.status ?? null }) as Row[]).map(toNeed);
}

function getNeed(store: Store, id: string): CapacityNeed | undefined {
  const row = stmt(store.db, `${SELECT} AND n.id = ?`).get(id) as Row | undefined;
  return row ? toNeed(row) : undefined;
}

export function saveNeed(store: Store, input: z.output<typeof capacityNeedSave>): CapacityNeed {
  requireLivePeople(store, input.forPersonIds, 'forPersonIds');
  requireLive(store, 'wgMeeting', input.wgMeetingId, 'wgMeetingId');
  requireLive(store, 'training', input.metByTrainingId, 'metByTrainingId');
  const id = saveRecord(store, 'capacityNeed', input);
  return getNeed(store, id)!;
}

export function removeNeed(store: Store, id: string): { id: string } {
  deleteRecord(store, 'capacityNeed', id);
  return { id };
}

export function restoreNeed(store: Store, id: string): CapacityNeed {
  restoreRecord(store, 'capacityNeed', id);
  return getNeed(store, id)!;
}
