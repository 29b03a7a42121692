import type { z } from 'zod';
import { fieldError } from '../../../shared/errors.ts';
import type { Meeting, meetingSave } from '../../../shared/model/reporting.ts';
import { conventionIds, instruments } from '../../../shared/reference/conventions.ts';
import { meetings as shippedMeetings, type MeetingRef } from '../../../shared/reference/meetings.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { writeFields } from '../sync/write.ts';

// Meetings are the shipped ones with the user's corrections on top, plus the ones users add; the
// deadlines (reports.ts) follow from the obligation rules and these meetings.

interface MeetingRow {
  id: string;
  convention: string | null;
  instrumentId: string | null;
  body: 'cop' | 'mop' | null;
  number: number | null;
  place: string | null;
  year: number | null;
  start: string | null;
  end: string | null;
  dates: 'confirmed' | 'provisional' | null;
}

function fromRef(m: MeetingRef): Meeting {
  const { id, convention, instrumentId, body, number, place, year, start, end } = m;
  return { id, convention, instrumentId, body, number, place, year, start, end, dates: m.datesConfirmed ? 'confirmed' : 'provisional', shipped: true, corrected: false };
}

export function listMeetings(store: Store): Meeting[] {
  const rows = stmt(store.db, 'SELECT id, convention, instrumentId, body, number, place, year, start, "end", dates FROM meeting WHERE _deleted = 0').all() as MeetingRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = shippedMeetings.map((ref) => {
    const base = fromRef(ref);
    const r = byId.get(ref.id);
    if (!r) return base;
    return { ...base, place: r.place ?? base.place, start: r.start, end: r.end, year: r.year ?? base.year, dates: r.dates ?? base.dates, corrected: true };
  });
  for (const r of rows) {
    if (shippedMeetings.some((m) => m.id === r.id) || !r.convention || !r.body || !r.number || !r.year) continue;
    out.push({ id: r.id, convention: r.convention, instrumentId: r.instrumentId, body: r.body, number: r.number, place: r.place, year: r.year, start: r.start, end: r.end, dates: r.dates ?? 'provisional', shipped: false, corrected: false });
  }
  return out.sort((a, b) => (a.start ?? `${a.year}-99`).localeCompare(b.start ?? `${b.year}-99`) || a.id.localeCompare(b.id));
}

/** "cites:cop21" → CITES CoP21; "cms:aewa:mop10" → AEWA MOP10 (under CMS). */
function meetingFromId(id: string): Pick<Meeting, 'convention' | 'instrumentId' | 'body' | 'number'> {
  const parts = id.split(':');
  const last = parts.pop()!;
  const body = last.startsWith('cop') ? 'cop' : 'mop';
  const convention = parts[0];
  const instrumentId = parts.length > 1 ? parts.join(':') : null;
  if (!conventionIds.includes(convention) || (instrumentId && !instruments.some((i) => i.id === instrumentId))) throw fieldError('id', 'invalid', `unknown convention or instrument in ${id}`);
  return { convention, instrumentId, body, number: Number(last.slice(3)) };
}

export function saveMeeting(store: Store, input: z.output<typeof meetingSave>): Meeting[] {
  const current = listMeetings(store).find((m) => m.id === input.id);
  const who = current ?? { ...meetingFromId(input.id), place: null, start: null, end: null, dates: 'provisional' as const, year: null };
  const start = input.start !== undefined ? input.start : who.start;
  const end = input.end !== undefined ? input.end : who.end;
  if (start && end && end < start) throw fieldError('end', 'end_before_start', 'the meeting ends before it starts');
  const year = start ? Number(start.slice(0, 4)) : who.year;
  if (!year) throw fieldError('start', 'required', 'a new meeting needs its first day');
  store.write(() =>
    writeFields(store, 'meeting', input.id, {
      convention: who.convention,
      instrumentId: who.instrumentId,
      body: who.body,
      number: who.number,
      year,
      place: input.place !== undefined ? input.place : who.place,
      start,
      end,
      dates: input.dates ?? who.dates,
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    }),
  );
  return listMeetings(store);
}

/** The meetings as the deadline rules read them. */
export function meetingRefs(store: Store): MeetingRef[] {
  return listMeetings(store).map((m) => ({ ...m, place: m.place ?? '', datesConfirmed: m.dates === 'confirmed', confidence: 'medium', source: '' }));
}
