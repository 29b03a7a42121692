import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { reportSubject } from '../reporting/labels.ts';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { obligationRules } from '../../../shared/reference/obligations.ts';

const scopeOf = (obligationId: string) => {
  const rule = obligationRules.find((r) => r.id === obligationId);
  return rule ? scopeAbbreviation(rule.convention, rule.instrumentId) : obligationId;
};

/** Who draws on each record: national targets and indicators × the reports being drafted. */
export function ReuseView() {
  const { t } = useTranslation(['drafts', 'reporting']);
  const go = useRoute((s) => s.go);
  const { data: fresh, error, reload } = useQuery('drafts.reuse', {});
  // a long draft renders in the background, in slices: the window never freezes
  const data = useDeferredValue(fresh);
  return (
    <div className="page page--wide">
      <header>
        <h1>{t('reuse.title')}</h1>
        <p className="muted">{t('reuse.subtitle')}</p>
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && (
        <div className="card table-scroll">
          <table className="data-table reuse">
            <caption className="visually-hidden">{t('reuse.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reuse.record')}</th>
                {data.reports.map((r) => (
                  <th key={r.reportId} scope="col">
                    <a href={`#/drafts/${r.reportId}`} onClick={(e) => (e.preventDefault(), go('drafts', r.reportId))} title={reportSubject(t, r.reportId)}>
                      {scopeOf(r.obligationId)} {r.meetingId ? r.meetingId.split(':').pop()?.toUpperCase() : r.period}
                    </a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <bdi>{row.code ?? row.id.replace(/^gbf:(HI|IND):/, '')}</bdi> {row.title && <span className="muted" dir="auto">{row.title}</span>}
                  </th>
                  {data.reports.map((r) => (
                    <td key={r.reportId} className={row.usedBy.includes(r.reportId) ? 'reuse__used' : undefined}>
                      {row.usedBy.includes(r.reportId) ? <span aria-label={t('reuse.used')}>●</span> : ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
