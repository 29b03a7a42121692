import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysInMonth } from '../../../shared/days.ts';
import { monthsBefore } from '../../../shared/deadlines.ts';
import type { Meeting } from '../../../shared/model/reporting.ts';
import type { ReportItem } from '../../../shared/model/reports.ts';
import { groupOf, scopeOf } from './groups.ts';
import { meetingName, obligationTitle } from './labels.ts';

interface MonthProps {
  items: readonly ReportItem[];
  meetings: readonly Meeting[];
  today: string;
  onOpen: (id: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (day: string) => new Date(`${day}T00:00:00Z`);
// weeks start on Monday (ISO 8601), the most common practice among the six languages' countries
const MONDAY = '2024-01-01';

/** One month as a calendar page: reports and delegated parts on their due days, meetings on theirs. */
export function MonthView({ items, meetings, today, onOpen }: MonthProps) {
  const { t, i18n } = useTranslation(['reporting']);
  const [month, setMonth] = useState(today.slice(0, 7));
  const move = (n: number) => setMonth(monthsBefore(`${month}-01`, -n).slice(0, 7));
  const title = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(`${month}-01`));
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' });
  const lead = (utc(`${month}-01`).getUTCDay() + 6) % 7;
  const days = Array.from({ length: daysInMonth(month) }, (_, i) => `${month}-${pad(i + 1)}`);
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const dayNumberText = new Intl.NumberFormat(i18n.language, { useGrouping: false });
  return (
    <section className="card month" aria-labelledby="month-heading">
      <div className="month__top">
        <h2 id="month-heading" aria-live="polite">
          {title}
        </h2>
        <div className="month__nav">
          <button type="button" className="button button--small" onClick={() => move(-1)}>
            {t('month.previous')}
          </button>
          <button type="button" className="button button--small" onClick={() => setMonth(today.slice(0, 7))}>
            {t('month.current')}
          </button>
          <button type="button" className="button button--small" onClick={() => move(1)}>
            {t('month.next')}
          </button>
        </div>
      </div>
      <table className="month__grid">
        <thead>
          <tr>
            {Array.from({ length: 7 }, (_, i) => {
              const d = utc(MONDAY);
              d.setUTCDate(d.getUTCDate() + i);
              return (
                <th key={i} scope="col" abbr={weekdayLong.format(d)}>
                  {weekday.format(d)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                if (!day) return <td key={i} className="month__blank" />;
                const due = items.filter((r) => r.due === day);
                const parts = items.flatMap((r) => r.parts.filter((p) => p.due === day).map((p) => ({ p, r })));
                const held = meetings.filter((m) => m.start && m.start <= day && (m.end ?? m.start) >= day);
                return (
                  <td key={i} className={day === today ? 'month__today' : undefined}>
                    <span className="month__day">{dayNumberText.format(Number(day.slice(8)))}</span>
                    <ul className="month__entries">
                      {held.map((m) => (
                        <li key={m.id} className="month__meeting">
                          {meetingName(t, m.id)}
                        </li>
                      ))}
                      {due.map((r) => (
                        <li key={r.id}>
                          <button type="button" className={`month__entry month__entry--${groupOf(r, today)}`} onClick={() => onOpen(r.id)}>
                            {obligationTitle(t, r.obligationId)} ({scopeOf(r)})
                          </button>
                        </li>
                      ))}
                      {parts.map(({ p, r }) => (
                        <li key={p.id}>
                          <button type="button" className="month__entry month__entry--part" onClick={() => onOpen(r.id)}>
                            <bdi>{p.title}</bdi> ({scopeOf(r)})
                          </button>
                        </li>
                      ))}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
