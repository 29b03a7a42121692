import { useTranslation } from 'react-i18next';
import { localToday } from '../../../shared/days.ts';
import { useQuery } from '../../state/queries.ts';
import { formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { CalendarExport } from './CalendarExport.tsx';
import { DeadlineList } from './DeadlineList.tsx';
import { MeetingsCard } from './MeetingsCard.tsx';

/** The national reporting calendar: what the country owes, by urgency, and the meetings it hangs on. */
export function ReportingPage() {
  const { t, i18n } = useTranslation(['reporting']);
  const today = localToday();
  const { data, error, reload } = useQuery('reporting.deadlines', { today });
  return (
    <div className="page page--wide">
      <header className="page-top">
        <div>
          <h1>{t('title')}</h1>
          <p className="muted">{t('subtitle')}</p>
          {data && <p className="muted">{t('horizon', { from: formatDay(data.from, i18n.language), to: formatDay(data.to, i18n.language) })}</p>}
        </div>
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && <DeadlineList items={data.items} today={today} />}
      <MeetingsCard />
      <CalendarExport />
    </div>
  );
}
