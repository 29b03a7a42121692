import './positions.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { formatDay } from '../../ui/format.ts';
import { meetingName } from '../reporting/labels.ts';
import { ConsistencyView } from './ConsistencyView.tsx';
import { MeetingAgenda } from './MeetingAgenda.tsx';
import { BriefingView } from './BriefingView.tsx';
import { useRoute } from '../../state/route.ts';
import { Segmented } from '../../ui/Segmented.tsx';

/** National positions: each meeting's agenda with the country's positions, and their consistency across conventions. */
/** #/positions: the agenda and the check (#/positions/check opens on it); #/positions/<meeting>: that meeting's briefing. */
export function PositionsPage() {
  const briefingOf = useRoute((s) => s.id);
  if (briefingOf === 'check') return <PositionsWork initialView="check" />;
  return briefingOf ? <BriefingView key={briefingOf} meetingId={briefingOf} /> : <PositionsWork />;
}

function PositionsWork({ initialView = 'agenda' }: { initialView?: 'agenda' | 'check' }) {
  const { t, i18n } = useTranslation(['positions', 'reporting']);
  const today = localToday();
  const meetings = useQuery('meetings.list', {}).data ?? [];
  const flags = useQuery('consistency.check', {}).data?.flags ?? [];
  const open = flags.filter((f) => !f.acknowledged).length;
  // upcoming meetings first, the soonest on top; then those past, the latest first
  const upcoming = meetings.filter((m) => !(m.end ?? m.start) || (m.end ?? m.start)! >= today);
  const past = meetings.filter((m) => !upcoming.includes(m)).reverse();
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const go = useRoute((s) => s.go);
  const [view, setView] = useState<'agenda' | 'check'>(initialView);
  const chosen = meetingId ?? upcoming[0]?.id ?? null;
  const label = (m: (typeof meetings)[number]) => `${meetingName(t, m.id)}${m.start ? ` · ${formatDay(m.start, i18n.language)}` : ` · ${m.year}`}`;
  return (
    <div className="page page--wide">
      <header>
        <h1>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <div className="toolbar">
        <Segmented
          label={t('views.label')}
          options={[
            { key: 'agenda', label: t('views.agenda') },
            { key: 'check', label: t('views.check', { count: open }) },
          ]}
          value={view}
          onChange={setView}
        />
        {view === 'agenda' && (
          <div className="filters">
            <label htmlFor="positions-meeting">{t('meeting')}</label>
            <select id="positions-meeting" value={chosen ?? ''} onChange={(e) => setMeetingId(e.target.value)}>
              <optgroup label={t('upcoming')}>
                {upcoming.map((m) => (
                  <option key={m.id} value={m.id}>
                    {label(m)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('past')}>
                {past.map((m) => (
                  <option key={m.id} value={m.id}>
                    {label(m)}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        )}
        {view === 'agenda' && chosen && (
          <a className="button" href={`#/positions/${chosen}`} onClick={(e) => (e.preventDefault(), go('positions', chosen))}>
            {t('briefing.open')}
          </a>
        )}
      </div>
      {view === 'agenda' && chosen && <MeetingAgenda key={chosen} meetingId={chosen} />}
      {view === 'check' && (
        <ConsistencyView
          onOpenMeeting={(id) => {
            setMeetingId(id);
            setView('agenda');
          }}
        />
      )}
    </div>
  );
}
