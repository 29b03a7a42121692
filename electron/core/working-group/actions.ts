import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { fieldError } from '../../../shared/errors.ts';
import type { Action, actionSave } from '../../../shared/model/working-group.ts';
import { stmt } from '../db/sql.ts';
import { deleteRecord, restoreRecord, rowState, saveRecord } from '../records/crud.ts';
import type { Store } from '../store.ts';

// Follow-up actions: what the working group or a convention decision asks someone to do, by when,
// and what raised it (a working-group meeting, a decision paragraph, a position, an agenda item).

type Row = Omit<Action, 'overdue'>;
// what raised the action, named and placed at its convention meeting, in one pass
const SELECT = `SELECT a.id, a.title, a.ownerPersonId, p.name AS ownerName, a.due, a.status, a.doneOn, a.sourceKind, a.sourceId, a.notes,
  CASE a.sourceKind
    WHEN 'wgMeeting' THEN (SELECT w.title FROM wg_meeting w WHERE w.id = a.sourceId)
    WHEN 'decisionParagraph' THEN (SELECT d.number || coalesce(' ¶' || dp.number, '') FROM decision_paragraph dp JOIN decision d ON d.id = dp.decisionId WHERE dp.id = a.sourceId)
    WHEN 'position' THEN (SELECT coalesce(ai.number || ' ', '') || ai.title FROM position po JOIN agenda_item ai ON ai.id = po.agendaItemId WHERE po.id = a.sourceId)
    WHEN 'agendaItem' THEN (SELECT coalesce(ai.number || ' ', '') || ai.title FROM agenda_item ai WHERE ai.id = a.sourceId)
  END AS sourceLabel,
  CASE a.sourceKind
    WHEN 'decisionParagraph' THEN (SELECT d.meetingId FROM decision_paragraph dp JOIN decision d ON d.id = dp.decisionId WHERE dp.id = a.sourceId)
    WHEN 'position' THEN (SELECT ai.meetingId FROM position po JOIN agenda_item ai ON ai.id = po.agendaItemId WHERE po.id = a.sourceId)
    WHEN 'agendaItem' THEN (SELECT ai.meetingId FROM agenda_item ai WHERE ai.id = a.sourceId)
  END AS meetingId,
  CASE a.sourceKind WHEN 'wgMeeting' THEN (SELECT w.date FROM wg_meeting w WHERE w.id = a.sourceId) END AS sourceDate
  FROM action a LEFT JOIN person p ON p.id = a.ownerPersonId WHERE a._deleted = 0`;

export const isOpen = (status: Action['status']) => status === 'open' || status === 'in_progress';
const toAction = (today: string) => (r: Row): Action => ({ ...r, overdue: isOpen(r.status) && r.due < today });

export function listActions(store: Store, input: { today?: string; meetingId?: string; sourceId?: string }): Action[] {
  const today = input.today ?? localToday();
  const rows = (stmt(store.db, `${SELECT} ORDER BY a.due, a.title`).all() as Row[]).map(toAction(today));
  return rows.filter((a) => (!input.meetingId || a.meetingId === input.meetingId) && (!input.sourceId || a.sourceId === input.sourceId));
}

export function saveAction(store: Store, input: z.output<typeof actionSave>, today = localToday()): Action {
  if (rowState(store, 'person', input.ownerPersonId) !== 'live') throw fieldError('ownerPersonId', 'ref_missing', 'the person does not exist');
  if (input.sourceKind && input.sourceId && rowState(store, input.sourceKind, input.sourceId) !== 'live') throw fieldError('sourceId', 'ref_missing', 'what raised the action does not exist');
  // done is dated: the day it was marked so, unless the user says otherwise
  const doneOn = input.status === 'done' ? (input.doneOn ?? today) : null;
  return actionById(store, saveRecord(store, 'action', input, { doneOn }), today);
}

function actionById(store: Store, id: string, today: string): Action {
  return (stmt(store.db, `${SELECT} AND a.id = ?`).all(id) as Row[]).map(toAction(today))[0];
}

/** Removes an action (kept as deleted, so that undo and other desks can bring it back). */
export function deleteAction(store: Store, id: string): { id: string } {
  deleteRecord(store, 'action', id);
  return { id };
}

export function restoreAction(store: Store, id: string, today = localToday()): Action {
  restoreRecord(store, 'action', id);
  return actionById(store, id, today);
}
