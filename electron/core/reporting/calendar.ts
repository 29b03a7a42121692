import ICAL from 'ical.js';
import type { Language } from '../../../shared/i18n-languages.ts';
import { addDays } from '../../../shared/days.ts';
import { i18nKeyOf, scopeAbbreviation as scope } from '../../../shared/reference/conventions.ts';
import { coreReferenceText, coreText } from '../i18n/texts.ts';
import type { ReportItem } from '../../../shared/model/reports.ts';
import type { Store } from '../store.ts';
import { listReports } from './reports.ts';

// The deadlines as an iCalendar file (RFC 5545), written with ical.js: one all-day event per
// report and per delegated part, a UID that stays the same for the same report (obligation and
// period) or part, so a second export updates the user's calendar instead of doubling it, alarms 30
// and 7 days before what is still open, and in the description the date's standing (official,
// estimated, overridden), the owner and the status.

const PRODID = '-//Synergy Desk//Reporting calendar//EN';

type Text = (key: string, vars?: Record<string, string>) => string;

function allDayEvent(uid: string, due: string, summary: string, description: string[], category: string, stamp: ICAL.Time, alarms: boolean): ICAL.Component {
  const ev = new ICAL.Component('vevent');
  ev.updatePropertyWithValue('uid', uid);
  ev.updatePropertyWithValue('dtstamp', stamp);
  // an all-day date, the same day in every time zone
  ev.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(due));
  ev.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(due, 1)));
  ev.updatePropertyWithValue('summary', summary);
  ev.updatePropertyWithValue('description', description.filter(Boolean).join('\n'));
  ev.updatePropertyWithValue('categories', category);
  ev.updatePropertyWithValue('transp', 'TRANSPARENT');
  for (const before of alarms ? ['-P30D', '-P7D'] : []) {
    const alarm = new ICAL.Component('valarm');
    alarm.updatePropertyWithValue('action', 'DISPLAY');
    alarm.updatePropertyWithValue('description', summary);
    alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromString(before));
    ev.addSubcomponent(alarm);
  }
  return ev;
}

function dateStanding(text: Text, r: ReportItem): string {
  if (r.dueOverride) return text('due.overridden', { reason: r.overrideReason ?? '' });
  return `${text(`status.${r.dueStatus}`)}: ${text(`statusHint.${r.dueStatus}`)}`;
}

export function reportingCalendar(store: Store, language: Language = 'en', today?: string): { fileName: string; dataBase64: string; mime: string } {
  const { items } = listReports(store, today);
  const text: Text = (key, vars = {}) => coreText(language, 'reporting', key, vars);
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', PRODID);
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('x-wr-calname', text('title'));
  const stamp = ICAL.Time.fromJSDate(new Date(), true);
  for (const r of items) {
    if (!r.applies) continue;
    const category = scope(r.convention, r.instrumentId);
    const title = `${text(`obligations.${i18nKeyOf(r.obligationId)}`)} (${category})`;
    const open = r.status !== 'submitted';
    const owner = r.owner?.personName ? text('owner.named', { name: r.owner.personName }) : text('owner.none');
    const state = text(`state.${r.status}`) + (r.submittedOn ? ` (${r.submittedOn}${r.submissionRef ? `, ${r.submissionRef}` : ''})` : '');
    if (r.due) {
      const summary = r.dueStatus === 'official' && !r.dueOverride ? title : `${title} — ${r.dueOverride ? text('due.overriddenShort') : text(`status.${r.dueStatus}`)}`;
      cal.addSubcomponent(allDayEvent(`${r.obligationId}/${r.period}@synergy-desk`, r.due, summary, [state, owner, dateStanding(text, r), text('basis', { basis: coreReferenceText(language, 'obligation', r.obligationId, r.basis) })], category, stamp, open));
    }
    for (const p of r.parts) {
      if (!p.due) continue;
      const who = p.assigneeName ? text('owner.named', { name: p.assigneeName }) : text('owner.none');
      cal.addSubcomponent(allDayEvent(`part/${p.id}@synergy-desk`, p.due, `${p.title} — ${title}`, [text(`parts.state.${p.status}`), who], category, stamp, open && p.status === 'open'));
    }
  }
  const data = Buffer.from(cal.toString().replace(/\r?\n/g, '\r\n') + '\r\n', 'utf8');
  return { fileName: `reporting-calendar-${today ?? new Date().toISOString().slice(0, 10)}.ics`, dataBase64: data.toString('base64'), mime: 'text/calendar' };
}
