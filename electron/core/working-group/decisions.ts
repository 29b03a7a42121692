import crypto from 'node:crypto';
import type { z } from 'zod';
import { localToday } from '../../../shared/days.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import type { Decision, DecisionParagraph, decisionSave, paragraphSave } from '../../../shared/model/working-group.ts';
import { obligationRules } from '../../../shared/reference/obligations.ts';
import { stmt } from '../db/sql.ts';
import { defined, saveRecord } from '../records/crud.ts';
import { listMeetings } from '../reporting/service.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';

// Decisions adopted at a convention meeting, with the paragraphs addressed to Parties. A paragraph
// is an action or information, active, implemented, elapsed or superseded, and may name the
// reporting obligation that asks the country to report on it.

interface DecisionRow {
  id: string;
  meetingId: string;
  convention: string;
  number: string;
  title: string;
}
interface ParagraphRow extends Omit<DecisionParagraph, 'actionIds'> {
  actionIds: string;
}
const byNumber = new Intl.Collator('en', { numeric: true });

function paragraphsOf(store: Store, decisionIds: readonly string[]): Map<string, DecisionParagraph[]> {
  const rows = stmt(
    store.db,
    `SELECT p.id, p.decisionId, p.number, p.text, p.kind, p.status, p.obligationId,
      (SELECT json_group_array(a.id) FROM action a WHERE a.sourceId = p.id AND a._deleted = 0) AS actionIds
     FROM decision_paragraph p WHERE p._deleted = 0 AND p.decisionId IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(decisionIds)) as ParagraphRow[];
  const out = new Map<string, DecisionParagraph[]>();
  for (const r of rows.sort((a, b) => byNumber.compare(a.number ?? '', b.number ?? ''))) {
    const list = out.get(r.decisionId) ?? [];
    list.push({ ...r, actionIds: JSON.parse(r.actionIds) as string[] });
    out.set(r.decisionId, list);
  }
  return out;
}

export function listDecisions(store: Store, meetingId?: string): Decision[] {
  const base = 'SELECT id, meetingId, convention, number, title FROM decision WHERE _deleted = 0';
  const rows = (meetingId ? stmt(store.db, `${base} AND meetingId = ?`).all(meetingId) : stmt(store.db, base).all()) as DecisionRow[];
  const paragraphs = paragraphsOf(
    store,
    rows.map((r) => r.id),
  );
  return rows.sort((a, b) => byNumber.compare(a.number, b.number)).map((r) => ({ ...r, paragraphs: paragraphs.get(r.id) ?? [] }));
}

function getDecision(store: Store, id: string): Decision | undefined {
  const row = stmt(store.db, 'SELECT id, meetingId, convention, number, title FROM decision WHERE _deleted = 0 AND id = ?').get(id) as DecisionRow | undefined;
  return row ? { ...row, paragraphs: paragraphsOf(store, [id]).get(id) ?? [] } : undefined;
}

/** A decision belongs to a meeting that has been held: its first day is past. */
function heldMeeting(store: Store, meetingId: string, field: string, today: string) {
  const meeting = listMeetings(store).find((m) => m.id === meetingId);
  if (!meeting) throw fieldError(field, 'invalid', `no meeting ${meetingId}`);
  if (!meeting.start || meeting.start > today) throw fieldError(field, 'meeting_not_held', 'the meeting has not been held yet');
  return meeting;
}

export function saveDecision(store: Store, input: z.output<typeof decisionSave>, today = localToday()): Decision {
  const meeting = heldMeeting(store, input.meetingId, 'meetingId', today);
  const id = saveRecord(store, 'decision', input, { convention: meeting.convention });
  return getDecision(store, id)!;
}

export function saveParagraph(store: Store, input: z.output<typeof paragraphSave>, today = localToday()): Decision {
  const decision = getDecision(store, input.decisionId);
  if (!decision) throw fieldError('decisionId', 'ref_missing', 'the decision does not exist');
  heldMeeting(store, decision.meetingId, 'decisionId', today);
  const obligation = input.obligationId ? obligationRules.find((o) => o.id === input.obligationId) : undefined;
  if (obligation && obligation.convention !== decision.convention) throw fieldError('obligationId', 'invalid', 'the obligation is another convention’s');
  if (input.id) {
    const owner = stmt(store.db, 'SELECT decisionId FROM decision_paragraph WHERE id = ? AND _deleted = 0').get(input.id) as { decisionId: string } | undefined;
    if (!owner) throw new AppError('not_found', `no paragraph ${input.id}`, { entity: 'decisionParagraph', id: input.id });
    if (owner.decisionId !== input.decisionId) throw fieldError('decisionId', 'invalid', 'the paragraph belongs to another decision');
  }
  const id = input.id ?? crypto.randomUUID();
  const { id: _id, ...values } = input;
  store.write(() => writeFields(store, 'decisionParagraph', id, { ...defined(values), convention: decision.convention }));
  return getDecision(store, decision.id)!;
}
