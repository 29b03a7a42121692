import crypto from 'node:crypto';
import type { z } from 'zod';
import { fieldError } from '../../../shared/errors.ts';
import type { AgendaItem, agendaItemSave } from '../../../shared/model/positions.ts';
import { CUSTOM_TOPIC } from '../../../shared/reference/topics.ts';
import { stmt } from '../db/sql.ts';
import { rowState, saveRecord } from '../records/crud.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';

// Agenda items of convention meetings (the reporting calendar's meetings): number, title, documents,
// the cross-cutting topics and the taxon they concern.

interface Row extends Omit<AgendaItem, 'documents' | 'topicIds'> {
  documents: string | null;
  topicIds: string | null;
}
// item numbers in their natural order (2 before 10, 27.1 before 27.10); one collator, made once
const byNumber = new Intl.Collator('en', { numeric: true });
const SELECT = 'SELECT id, meetingId, convention, number, title, documents, topicIds, taxonGroup, taxon FROM agenda_item WHERE _deleted = 0';
const toItem = (r: Row): AgendaItem => ({ ...r, title: r.title ?? '', documents: r.documents ? JSON.parse(r.documents) : [], topicIds: r.topicIds ? JSON.parse(r.topicIds) : [] });

export function listAgenda(store: Store, meetingId?: string): AgendaItem[] {
  const rows = (meetingId ? stmt(store.db, `${SELECT} AND meetingId = ?`).all(meetingId) : stmt(store.db, `${SELECT}`).all()) as Row[];
  return rows.map(toItem).sort((a, b) => byNumber.compare(a.number ?? '', b.number ?? '') || byNumber.compare(a.title, b.title));
}

export function listAgendaById(store: Store, ids: readonly string[]): AgendaItem[] {
  return (stmt(store.db, `${SELECT} AND id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Row[]).map(toItem);
}

export function getAgendaItem(store: Store, id: string): AgendaItem | undefined {
  const row = stmt(store.db, `${SELECT} AND id = ?`).get(id) as Row | undefined;
  return row ? toItem(row) : undefined;
}

export function saveAgendaItem(store: Store, input: z.output<typeof agendaItemSave>): AgendaItem {
  const meeting = listMeetings(store).find((m) => m.id === input.meetingId);
  if (!meeting) throw fieldError('meetingId', 'invalid', `no meeting ${input.meetingId}`);
  for (const [n, t] of (input.topicIds ?? []).entries()) {
    if (CUSTOM_TOPIC.test(t) && rowState(store, 'customTopic', t) !== 'live') throw fieldError(`topicIds.${n}`, 'topic_unknown', `no topic ${t}`);
  }
  const id = saveRecord(store, 'agendaItem', input, { convention: meeting.convention });
  return getAgendaItem(store, id)!;
}

export function listCustomTopics(store: Store): { id: string; label: string }[] {
  return stmt(store.db, 'SELECT id, label FROM custom_topic WHERE _deleted = 0 ORDER BY label').all() as { id: string; label: string }[];
}

export function addCustomTopic(store: Store, label: string): { id: string; label: string }[] {
  const known = listCustomTopics(store).find((t) => t.label.toLowerCase() === label.toLowerCase());
  if (!known) store.write(() => writeFields(store, 'customTopic', `custom:${crypto.randomUUID()}`, { label }));
  return listCustomTopics(store);
}
