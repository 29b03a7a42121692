import { addDays } from './days.ts';
import type { MeetingRef } from './reference/meetings.ts';
import type { ObligationRule } from './reference/obligations.ts';
import type { Confidence } from './reference/types.ts';

// Deadlines from rules and meetings, for a horizon of days. Pure: the same rules and meetings give
// the same deadlines, so a moved meeting moves exactly the deadlines that hang on it.

export interface Deadline {
  obligationId: string;
  convention: string;
  instrumentId: string | null;
  /** what the report covers: a report number, a year, or the meeting it is for */
  period: string;
  /** YYYY-MM-DD, or null when the meeting it depends on has no dates yet */
  due: string | null;
  /** official: a date set by a decision or notified; estimated: computed from a rule or a meeting */
  status: 'official' | 'estimated' | 'unknown';
  confidence: Confidence;
  meetingId: string | null;
  /** the first and last day the report covers, where the rule says (a calendar year; since the previous meeting) */
  periodStart: string | null;
  periodEnd: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day so many months earlier; a day the month does not have becomes its last ("31 Aug − 6 months" = 28 or 29 Feb). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export function deadlinesOf(rule: ObligationRule, meetings: readonly MeetingRef[], from: string, to: string): Deadline[] {
  const base = { obligationId: rule.id, convention: rule.convention, instrumentId: rule.instrumentId };
  const r = rule.rule;
  const inRange = (due: string) => due >= from && due <= to;
  switch (r.kind) {
    case 'fixed':
      return r.dates.filter((x) => inRange(x.due)).map((x) => ({ ...base, period: x.period, due: x.due, status: 'official', confidence: x.confidence, meetingId: null, periodStart: null, periodEnd: null }));
    case 'yearAfter': {
      const out: Deadline[] = [];
      for (let covered = Number(from.slice(0, 4)) - 1; covered <= Number(to.slice(0, 4)); covered++) {
        const due = `${covered + 1}-${pad(r.month)}-${pad(r.day)}`;
        if (inRange(due)) out.push({ ...base, period: String(covered), due, status: 'estimated', confidence: rule.confidence, meetingId: null, periodStart: `${covered}-01-01`, periodEnd: `${covered}-12-31` });
      }
      return out;
    }
    case 'beforeMeeting': {
      const out: Deadline[] = [];
      const of = meetings
        .filter((m) => m.convention === rule.convention && m.body === r.body && m.instrumentId === r.instrumentId)
        .sort((a, b) => a.year - b.year || (a.start ?? '').localeCompare(b.start ?? ''));
      for (const [n, m] of of.entries()) {
        // a report for a meeting covers the time since the previous meeting of the same body
        const previous = n > 0 ? of[n - 1] : undefined;
        const known = r.known?.find((k) => k.meetingId === m.id);
        const anchor = r.anchor === 'end' ? m.end : m.start;
        const due = known?.due ?? (anchor ? (r.days ? addDays(anchor, -r.days) : monthsBefore(anchor, r.months)) : null);
        if (due ? !inRange(due) : m.year < Number(from.slice(0, 4)) || m.year > Number(to.slice(0, 4)) + 1) continue;
        out.push({
          ...base,
          period: m.id,
          due,
          status: known ? 'official' : due ? 'estimated' : 'unknown',
          confidence: known?.confidence ?? (m.datesConfirmed ? rule.confidence : 'low'),
          meetingId: m.id,
          periodStart: previous?.end ?? previous?.start ?? null,
          periodEnd: null,
        });
      }
      return out;
    }
    case 'unscheduled':
      return [];
  }
}

/** Every deadline of the rules in [from, to], soonest first (those without a date last). */
export function computeDeadlines(rules: readonly ObligationRule[], meetings: readonly MeetingRef[], from: string, to: string): Deadline[] {
  return rules
    .flatMap((r) => deadlinesOf(r, meetings, from, to))
    .sort((a, b) => (a.due ?? '9999') .localeCompare(b.due ?? '9999') || a.obligationId.localeCompare(b.obligationId));
}
