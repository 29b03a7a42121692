import type { z } from 'zod';
import { fieldError } from '../../../shared/errors.ts';
import type { WgMeeting, wgMeetingSave } from '../../../shared/model/working-group.ts';
import { stmt } from '../db/sql.ts';
import { rowState, saveRecord } from '../records/crud.ts';
import type { Store } from '../store.ts';

// The working group's own meetings: when, who attended, the minutes and the decisions taken there
// (the actions they raise are rows of their own, linked back).

interface Row extends Omit<WgMeeting, 'attendeeIds' | 'attendees'> {
  attendeeIds: string | null;
  attendees: string;
}
// the attendees' names come with the row, in the order recorded
const SELECT = `SELECT w.id, w.date, w.title, w.place, w.attendeeIds, w.minutes, w.decisionsTaken,
  (SELECT json_group_array(json_object('id', j.value, 'name', p.name)) FROM json_each(coalesce(w.attendeeIds, '[]')) j LEFT JOIN person p ON p.id = j.value ORDER BY j.key) AS attendees
  FROM wg_meeting w WHERE w._deleted = 0`;
const toMeeting = (r: Row): WgMeeting => ({ ...r, attendeeIds: r.attendeeIds ? JSON.parse(r.attendeeIds) : [], attendees: JSON.parse(r.attendees) });

export function listWgMeetings(store: Store): WgMeeting[] {
  return (stmt(store.db, `${SELECT} ORDER BY w.date DESC, w.title`).all() as Row[]).map(toMeeting);
}

export function getWgMeeting(store: Store, id: string): WgMeeting | undefined {
  const row = stmt(store.db, `${SELECT} AND w.id = ?`).get(id) as Row | undefined;
  return row ? toMeeting(row) : undefined;
}

export function saveWgMeeting(store: Store, input: z.output<typeof wgMeetingSave>): WgMeeting {
  for (const [n, id] of (input.attendeeIds ?? []).entries()) if (rowState(store, 'person', id) !== 'live') throw fieldError(`attendeeIds.${n}`, 'ref_missing', 'the person does not exist');
  const id = saveRecord(store, 'wgMeeting', input);
  return getWgMeeting(store, id)!;
}
