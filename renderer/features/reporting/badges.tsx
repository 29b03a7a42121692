import { useTranslation } from 'react-i18next';
import type { ReportItem } from '../../../shared/model/reports.ts';

/** Where a report stands: its status, and "overdue" when its date passed before it was submitted. */
export function StateBadge({ r }: { r: ReportItem }) {
  const { t } = useTranslation(['reporting']);
  return (
    <>
      <span className={`badge badge--state-${r.status}`}>{t(`state.${r.status}`)}</span>
      {r.overdue && <span className="badge badge--overdue">{t('overdue')}</span>}
    </>
  );
}

/** Whether the date is official, estimated or overridden; an estimate is never shown as official. */
export function DueBadge({ r }: { r: ReportItem }) {
  const { t } = useTranslation(['reporting']);
  if (r.dueOverride) return <span className="badge badge--low" title={r.overrideReason ?? ''}>{t('due.overriddenShort')}</span>;
  return (
    <>
      <span className={`badge badge--${r.dueStatus === 'official' ? 'held' : 'low'}`} title={t(`statusHint.${r.dueStatus}`)}>
        {t(`status.${r.dueStatus}`)}
      </span>
      {r.confidence === 'low' && r.meetingId && <span className="badge badge--low">{t('lowConfidence')}</span>}
    </>
  );
}
