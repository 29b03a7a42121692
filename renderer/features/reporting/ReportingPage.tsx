import { startTransition, useEffect, useMemo, useState } from 'react';
import './reporting.css';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { CalendarExport } from './CalendarExport.tsx';
import { applyFilters, NO_FILTERS, type ReportFilters as Filters } from './groups.ts';
import { MeetingsCard } from './MeetingsCard.tsx';
import { MonthView } from './MonthView.tsx';
import { ReportFilters } from './ReportFilters.tsx';
import { ReportList } from './ReportList.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { Timeline } from './Timeline.tsx';

const VIEWS = ['list', 'timeline', 'month'] as const;
type View = (typeof VIEWS)[number];

/** The national reporting calendar: what the country owes, by urgency, on a timeline or a month page, and the meetings it hangs on. */
export function ReportingPage() {
  const { t, i18n } = useTranslation(['reporting']);
  const today = localToday();
  const go = useRoute((s) => s.go);
  const { data, error, reload } = useQuery('reporting.deadlines', { today });
  const meetings = useQuery('meetings.list', {});
  const [view, setView] = useState<View>('list');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  // #/reporting/<report id> opens that report beside the list (the home screen links so)
  const routeId = useRoute((s) => s.id);
  const [openId, setOpenId] = useState<string | null>(routeId);
  useEffect(() => {
    if (routeId) setOpenId(routeId);
  }, [routeId]);
  const items = useMemo(() => (data ? applyFilters(data.items, filters) : []), [data, filters]);
  const open = data?.items.find((r) => r.id === openId);
  const close = () => {
    const id = openId;
    setOpenId(null);
    // back to where the user was: the report's entry in the list
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-report="${CSS.escape(id ?? '')}"]`)?.focus());
  };
  return (
    <div className="page page--wide">
      <header className="page-top">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
          {data && <p className="muted">{t('horizon', { from: formatDay(data.from, i18n.language), to: formatDay(data.to, i18n.language) })}</p>}
        </div>
        <a className="button" href="#/drafts" onClick={(e) => (e.preventDefault(), go('drafts'))}>
          {t('reuseLink')}
        </a>
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && (
        <div className="toolbar">
          <div className="segmented" role="group" aria-label={t('views.label')}>
            {VIEWS.map((v) => (
              <button key={v} type="button" className={`button button--small${view === v ? ' button--primary' : ''}`} aria-pressed={view === v} onClick={() => startTransition(() => setView(v))}>
                {t(`views.${v}`)}
              </button>
            ))}
          </div>
          <ReportFilters items={data.items} value={filters} onChange={setFilters} />
        </div>
      )}
      <div className={`reporting${open ? ' reporting--open' : ''}`}>
        <div className="reporting__main stack">
          {data && view === 'list' && <ReportList items={items} today={today} openId={openId} onOpen={setOpenId} />}
          {data && view === 'timeline' && <Timeline items={items} meetings={meetings.data ?? []} from={data.from} to={data.to} today={today} openId={openId} onOpen={setOpenId} />}
          {data && view === 'month' && <MonthView items={items} meetings={meetings.data ?? []} today={today} onOpen={setOpenId} />}
          <MeetingsCard />
          <CalendarExport />
        </div>
        {open && <ReportPanel item={open} onClose={close} />}
      </div>
    </div>
  );
}
