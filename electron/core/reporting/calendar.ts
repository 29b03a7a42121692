import ICAL from 'ical.js';
import type { Language } from '../../../shared/i18n-languages.ts';
import { addDays } from '../../../shared/days.ts';
import { i18nKeyOf, scopeAbbreviation as scope } from '../../../shared/reference/conventions.ts';
import { coreText } from '../i18n/texts.ts';
import type { Store } from '../store.ts';
import { reportingDeadlines } from './service.ts';

// The deadlines as an iCalendar file (RFC 5545), written with ical.js: one all-day event per
// deadline, a UID that stays the same for the same obligation and period (a second export updates
// the user's calendar instead of doubling it), alarms 30 and 7 days before, and the date's standing
// (official or estimated) in the title and the description.

const PRODID = '-//Synergy Desk//Reporting calendar//EN';

export function reportingCalendar(store: Store, language: Language = 'en', today?: string): { fileName: string; dataBase64: string; mime: string } {
  const { items } = reportingDeadlines(store, today);
  const text = (key: string, vars: Record<string, string> = {}) => coreText(language, 'reporting', key, vars);
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', PRODID);
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('x-wr-calname', text('title'));
  const stamp = ICAL.Time.fromJSDate(new Date(), true);
  for (const d of items) {
    if (!d.due) continue;
    const title = `${text(`obligations.${i18nKeyOf(d.obligationId)}`)} (${scope(d.convention, d.instrumentId)})`;
    const ev = new ICAL.Component('vevent');
    ev.updatePropertyWithValue('uid', `${d.obligationId}/${d.period}@synergy-desk`);
    ev.updatePropertyWithValue('dtstamp', stamp);
    // an all-day date, the same day in every time zone
    ev.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(d.due));
    ev.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(d.due, 1)));
    ev.updatePropertyWithValue('summary', d.status === 'official' ? title : `${title} — ${text(`status.${d.status}`)}`);
    ev.updatePropertyWithValue('description', [text(`status.${d.status}`), text(`statusHint.${d.status}`), text('basis', { basis: d.basis })].join('\n'));
    ev.updatePropertyWithValue('categories', scope(d.convention, d.instrumentId));
    ev.updatePropertyWithValue('transp', 'TRANSPARENT');
    for (const before of ['-P30D', '-P7D']) {
      const alarm = new ICAL.Component('valarm');
      alarm.updatePropertyWithValue('action', 'DISPLAY');
      alarm.updatePropertyWithValue('description', title);
      alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromString(before));
      ev.addSubcomponent(alarm);
    }
    cal.addSubcomponent(ev);
  }
  const data = Buffer.from(cal.toString().replace(/\r?\n/g, '\r\n') + '\r\n', 'utf8');
  return { fileName: `reporting-calendar-${today ?? new Date().toISOString().slice(0, 10)}.ics`, dataBase64: data.toString('base64'), mime: 'text/calendar' };
}
