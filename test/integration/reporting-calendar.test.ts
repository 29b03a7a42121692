import { describe, expect, it } from 'vitest';
import { openDesk, TestDesk } from '../helpers/desk.ts';
import { localToday } from '../../shared/days.ts';
import { readWithPython } from '../helpers/python.ts';

// The calendar file read back by Python's icalendar (Debian's python3-icalendar), which no one
// here wrote: all-day events, stable UIDs across exports, alarms, and estimates said as such.

const READ_ICS = String.raw`
import json, sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('dtstart')
    out.append({
        'uid': str(ev['uid']),
        'summary': str(ev['summary']),
        'description': str(ev['description']),
        'start': start.isoformat(),
        'allDay': isinstance(start, datetime.date) and not isinstance(start, datetime.datetime),
        'alarms': sorted(int(a.decoded('trigger').total_seconds() // 86400) for a in ev.walk('VALARM')),
    })
print(json.dumps({'name': str(cal.get('x-wr-calname')), 'events': out}, ensure_ascii=False))
`;

interface Parsed {
  name: string;
  events: { uid: string; summary: string; description: string; start: string; allDay: boolean; alarms: number[] }[];
}

const read = (file: { dataBase64: string }) => readWithPython<Parsed>('icalendar', 'python3-icalendar', READ_ICS, Buffer.from(file.dataBase64, 'base64'), 'calendar.ics');

describe('the reporting calendar as an iCalendar file', () => {
  it('parses with icalendar: one all-day event per dated deadline, alarms 30 and 7 days before, estimates marked', async () => {
    const d = await openDesk(TestDesk);
    d.call('membership.set', { instrumentId: 'cms', status: 'party' });
    d.call('membership.set', { instrumentId: 'cbd', status: 'party' });
    const file = d.call('reporting.calendar', { today: '2025-06-01' });
    expect(file).toMatchObject({ mime: 'text/calendar', fileName: 'reporting-calendar-2025-06-01.ics' });
    const cal = read(file);
    expect(cal.name).toBe('Reporting calendar');
    const byUid = Object.fromEntries(cal.events.map((e) => [e.uid, e]));
    expect(byUid['cbd:national-report/7@synergy-desk']).toMatchObject({ start: '2026-02-28', allDay: true, alarms: [-30, -7], summary: 'CBD national report (CBD)' });
    expect(byUid['cms:national-report/cms:cop15@synergy-desk']).toMatchObject({ start: '2025-09-23', allDay: true, summary: 'CMS national report (CMS) — Estimated' });
    expect(byUid['cms:national-report/cms:cop15@synergy-desk'].description).toMatch(/computed from the rule or from a meeting date/);
    expect(cal.events.every((e) => e.allDay)).toBe(true);
  });

  it('keeps every UID in a second export, and a moved meeting moves its event, not a new one', async () => {
    const d = await openDesk(TestDesk);
    const first = read(d.call('reporting.calendar', { today: '2025-06-01' }));
    d.call('meetings.save', { id: 'cms:cop15', start: '2026-03-30', end: '2026-04-05' });
    const second = read(d.call('reporting.calendar', { today: '2025-06-01' }));
    expect(second.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    expect(second.events.find((e) => e.uid === 'cms:national-report/cms:cop15@synergy-desk')?.start).toBe('2025-09-30');
  });

  it('writes the calendar in the language asked for', async () => {
    const d = await openDesk(TestDesk);
    const fr = read(d.call('reporting.calendar', { today: '2025-06-01', language: 'fr' }));
    expect(fr.name).not.toBe('Reporting calendar');
    expect(fr.events.find((e) => e.uid.startsWith('cbd:national-report/7'))?.summary).not.toMatch(/^CBD national report/);
    // the basis too, as the secretariat cites it in French (locales/fr/basis.json)
    expect(fr.events.find((e) => e.uid.startsWith('cbd:national-report/7'))?.description).toMatch(/Fondement : CDB, article 26 ; décision 15\/6/);
  });

  it('says in each event who owns the report and where it stands, has one event per delegated part, and no reminders for what is done', async () => {
    const d = await openDesk(TestDesk);
    d.call('membership.set', { instrumentId: 'cites', status: 'party' });
    const owner = d.call('designations.create', { personId: d.person('Amina Diallo'), roleId: 'cites:role:ma', startDate: '2020-01-01' }).id;
    const year = new Date().getFullYear();
    const report = { obligationId: 'cites:annual-trade', period: String(year - 1) };
    d.call('reports.save', { ...report, status: 'drafting', ownerDesignationId: owner, dueOverride: `${year}-11-30`, overrideReason: 'extension to 30 November' });
    const part = d.call('reports.parts.save', { reportId: `cites:annual-trade__${year - 1}`, title: 'Live animals section', assigneeId: d.person('Sofia Moreno'), due: `${year}-09-15` }).parts[0];
    d.call('reports.save', { obligationId: 'cites:illegal-trade', period: String(year - 1), status: 'submitted', submittedOn: localToday() });
    const today = `${year}-06-01`;
    const cal = read(d.call('reporting.calendar', { today }));
    const byUid = Object.fromEntries(cal.events.map((e) => [e.uid, e]));
    const trade = byUid[`cites:annual-trade/${year - 1}@synergy-desk`];
    expect(trade).toMatchObject({ start: `${year}-11-30`, allDay: true, alarms: [-30, -7] });
    expect(trade.summary).toMatch(/Date changed/);
    expect(trade.description).toMatch(/Drafting/);
    expect(trade.description).toMatch(/Owner: Amina Diallo/);
    expect(trade.description).toMatch(/extension to 30 November/);
    expect(byUid[`part/${part.id}@synergy-desk`]).toMatchObject({ start: `${year}-09-15`, allDay: true, alarms: [-30, -7], summary: 'Live animals section — CITES annual trade report (CITES)' });
    expect(byUid[`part/${part.id}@synergy-desk`].description).toMatch(/Owner: Sofia Moreno/);
    const illegal = byUid[`cites:illegal-trade/${year - 1}@synergy-desk`];
    expect(illegal.description).toMatch(/Submitted/);
    expect(illegal.alarms).toEqual([]);
  });
});
