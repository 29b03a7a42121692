import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../../shared/days.ts';
import type { Meeting } from '../../../shared/model/reporting.ts';
import type { ReportItem } from '../../../shared/model/reports.ts';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { formatDay } from '../../ui/format.ts';
import { groupOf, scopeOf } from './groups.ts';
import { meetingName, reportTitle } from './labels.ts';

interface TimelineProps {
  items: readonly ReportItem[];
  meetings: readonly Meeting[];
  from: string;
  to: string;
  today: string;
  openId: string | null;
  onOpen: (id: string) => void;
}

/** Meetings this close (a share of the timeline's span) would overlap their names, about 7rem of a 36rem track. */
const CLOSE_SHARE = 0.2;

/** The lane's dated meetings, by start. */
function laneMeetings(meetings: readonly Meeting[], lane: string): Meeting[] {
  return meetings.filter((m) => m.start && scopeAbbreviation(m.convention, m.instrumentId) === lane).sort((a, b) => (a.start! < b.start! ? -1 : a.start! > b.start! ? 1 : 0));
}

/** Years along, one lane per convention or agreement: each report at its due date, each meeting as a band. */
export function Timeline({ items, meetings, from, to, today, openId, onOpen }: TimelineProps) {
  const { t, i18n } = useTranslation(['reporting']);
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const start = dayNumber(`${firstYear}-01-01`);
  const span = dayNumber(`${lastYear + 1}-01-01`) - start;
  const at = (day: string) => `${Math.min(100, Math.max(0, ((dayNumber(day) - start) / span) * 100))}%`;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const lanes = [...new Set(items.map(scopeOf))].sort();
  const undated = items.filter((r) => !r.due).length;
  return (
    <section className="card timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('views.timeline')}</h2>
      <div className="timeline__grid">
        <div className="timeline__axis" aria-hidden="true">
          {years.map((y) => (
            <span key={y} className="timeline__year" style={{ insetInlineStart: at(`${y}-01-01`) }}>
              {new Intl.NumberFormat(i18n.language, { useGrouping: false }).format(y)}
            </span>
          ))}
        </div>
        {lanes.map((lane) => {
          const mine = items.filter((r) => scopeOf(r) === lane && r.due);
          const sameDay = new Map<string, number>();
          return (
            <div key={lane} className="timeline__lane" role="group" aria-label={lane}>
              <span className="timeline__lane-name">{lane}</span>
              <div className="timeline__track">
                {years.map((y) => (
                  <span key={y} className="timeline__tick" style={{ insetInlineStart: at(`${y}-01-01`) }} aria-hidden="true" />
                ))}
                <span className="timeline__today" style={{ insetInlineStart: at(today) }} title={t('today')} aria-hidden="true" />
                {laneMeetings(meetings, lane).map((m, i, all) => {
                  // a meeting close before the next one in its lane names itself on its other side, so the two names do not overlap
                  const before = i + 1 < all.length && dayNumber(all[i + 1].start!) - dayNumber(m.start!) < span * CLOSE_SHARE;
                  const place = before ? { insetInlineEnd: `calc(100% - ${at(m.start!)} - 0.75rem)` } : { insetInlineStart: at(m.start!) };
                  return (
                    <span key={m.id} className={`timeline__meeting timeline__meeting--${m.dates}${before ? ' timeline__meeting--before' : ''}`} style={place} title={`${meetingName(t, m.id)} · ${formatDay(m.start, i18n.language)}`}>
                      {meetingName(t, m.id)}
                    </span>
                  );
                })}
                {mine.map((r) => {
                  const row = sameDay.get(r.due!) ?? 0;
                  sameDay.set(r.due!, row + 1);
                  const label = `${reportTitle(t, r)} — ${formatDay(r.due, i18n.language)} — ${t(`state.${r.status}`)}${r.overdue ? ` — ${t('overdue')}` : ''}`;
                  return (
                    <button
                      key={r.id}
                      type="button"
                      className={`timeline__mark timeline__mark--${groupOf(r, today)}${r.dueStatus !== 'official' && !r.dueOverride ? ' timeline__mark--estimated' : ''}${r.id === openId ? ' timeline__mark--open' : ''}`}
                      style={{ insetInlineStart: at(r.due!), top: `${0.3 + row * 1.15}rem` }}
                      aria-label={label}
                      title={label}
                      onClick={() => onOpen(r.id)}
                    />
                  );
                })}
              </div>
            </div>
          );
        })}
      </div>
      <ul className="timeline__legend" aria-label={t('legend.title')}>
        {(['overdue', 'soon', 'later', 'submitted'] as const).map((g) => (
          <li key={g}>
            <span className={`timeline__mark timeline__mark--${g} timeline__mark--static`} aria-hidden="true" /> {t(`legend.${g}`)}
          </li>
        ))}
        <li>
          <span className="timeline__mark timeline__mark--later timeline__mark--estimated timeline__mark--static" aria-hidden="true" /> {t('legend.estimated')}
        </li>
        <li>
          <span className="timeline__meeting timeline__meeting--static" aria-hidden="true" /> {t('legend.meeting')}
        </li>
      </ul>
      {undated > 0 && <p className="muted">{t('timelineUndated', { count: undated })}</p>}
    </section>
  );
}
