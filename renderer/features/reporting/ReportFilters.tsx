import { useTranslation } from 'react-i18next';
import { REPORT_STATES, type ReportItem } from '../../../shared/model/reports.ts';
import { NO_FILTERS, scopeOf, type ReportFilters as Filters } from './groups.ts';

/** Narrow the calendar to one convention, one owner or one status; the same filters for every view. */
export function ReportFilters({ items, value, onChange }: { items: readonly ReportItem[]; value: Filters; onChange: (f: Filters) => void }) {
  const { t } = useTranslation(['reporting']);
  const scopes = [...new Set(items.map(scopeOf))].sort();
  const owners = [...new Set(items.map((r) => r.owner?.personName ?? ''))].sort((a, b) => a.localeCompare(b));
  const changed = value.scope !== null || value.owner !== null || value.status !== null;
  return (
    <div className="filters" role="search" aria-label={t('filters.label')}>
      <label>
        {t('filters.convention')}
        <select value={value.scope ?? ''} onChange={(e) => onChange({ ...value, scope: e.target.value || null })}>
          <option value="">{t('filters.all')}</option>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.owner')}
        <select value={value.owner === null ? '*' : value.owner} onChange={(e) => onChange({ ...value, owner: e.target.value === '*' ? null : e.target.value })}>
          <option value="*">{t('filters.all')}</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o || t('owner.none')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.status')}
        <select value={value.status ?? ''} onChange={(e) => onChange({ ...value, status: (e.target.value || null) as Filters['status'] })}>
          <option value="">{t('filters.all')}</option>
          <option value="overdue">{t('overdue')}</option>
          {REPORT_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`state.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {changed && (
        <button type="button" className="button button--small" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
