import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError, fieldError } from '../../../shared/errors.ts';
import type { WgMeeting, wgMeetingSave } from '../../../shared/model/working-group.ts';
import { stmt } from '../db/sql.ts';
import { rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';
import { withoutUndefined } from './values.ts';

// The working group's own meetings: when, who attended, the minutes and the decisions taken there
// (the actions they raise are rows of their own, linked back).

interface Row extends Omit<WgMeeting, 'attendeeIds'> {
  attendeeIds: string | null;
}
const SELECT = 'SELECT id, date, title, place, attendeeIds, minutes, decisionsTaken FROM wg_meeting WHERE _deleted = 0';
const toMeeting = (r: Row): WgMeeting => ({ ...r, attendeeIds: r.attendeeIds ? JSON.parse(r.attendeeIds) : [] });

export function listWgMeetings(store: Store): WgMeeting[] {
  return (stmt(store.db, `${SELECT} ORDER BY date DESC, title`).all() as Row[]).map(toMeeting);
}

export function getWgMeeting(store: Store, id: string): WgMeeting | undefined {
  const row = stmt(store.db, `${SELECT} AND id = ?`).get(id) as Row | undefined;
  return row ? toMeeting(row) : undefined;
}

export function saveWgMeeting(store: Store, input: z.output<typeof wgMeetingSave>): WgMeeting {
  for (const [n, id] of (input.attendeeIds ?? []).entries()) if (rowState(store, 'person', id) !== 'live') throw fieldError(`attendeeIds.${n}`, 'ref_missing', 'the person does not exist');
  if (input.id && rowState(store, 'wgMeeting', input.id) !== 'live') throw new AppError('not_found', `no working-group meeting ${input.id}`, { entity: 'wgMeeting', id: input.id });
  const id = input.id ?? crypto.randomUUID();
  const { id: _id, ...values } = input;
  store.write(() => writeFields(store, 'wgMeeting', id, withoutUndefined(values)));
  return getWgMeeting(store, id)!;
}
