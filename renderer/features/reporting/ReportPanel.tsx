import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportItem } from '../../../shared/model/reports.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { templateFor } from '../../../shared/reference/templates/index.ts';
import { formatDay } from '../../ui/format.ts';
import { referenceText } from '../../i18n/reference-text.ts';
import { DueBadge, StateBadge } from './badges.tsx';
import { reportTitle } from './labels.ts';
import { ReportForm } from './ReportForm.tsx';
import { ReportParts } from './ReportParts.tsx';

const SHOWN_FIELDS = new Set(['status', 'ownerDesignationId', 'dueOverride', 'overrideReason', 'submittedOn', 'submissionRef']);

/** Every recorded change of the report, from the op log: what, when, on which desk. */
function ReportHistory({ item }: { item: ReportItem }) {
  const { t, i18n } = useTranslation(['reporting']);
  const { data } = useQuery('reports.history', { id: item.id });
  const changes = (data ?? []).filter((c) => SHOWN_FIELDS.has(c.field)).reverse();
  const valueOf = (field: string, value: unknown) =>
    value === null || value === '' ? t('history.cleared') : field === 'status' ? t(`state.${String(value)}`) : field === 'ownerDesignationId' ? t('history.ownerChanged') : /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? formatDay(String(value), i18n.language) : String(value);
  return (
    <details className="report-history">
      <summary>{t('history.heading', { count: changes.length })}</summary>
      {changes.length === 0 ? <p className="muted">{t('history.none')}</p> : (
        <ol className="history-list">
          {changes.map((c) => (
            <li key={`${c.at}|${c.field}`}>
              <span className="muted">{formatDay(c.at.slice(0, 10), i18n.language)}</span> · {t(`report.fieldNames.${c.field}`)}: <bdi>{valueOf(c.field, c.value)}</bdi>{' '}
              <span className="muted">({c.here ? t('history.here') : t('history.elsewhere')})</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** One report open beside the list: its dates and their standing, the form, its parts and history. */
export function ReportPanel({ item, onClose }: { item: ReportItem; onClose: () => void }) {
  const { t, i18n } = useTranslation(['reporting', 'common', 'basis']);
  const heading = useRef<HTMLHeadingElement>(null);
  const go = useRoute((s) => s.go);
  useEffect(() => heading.current?.focus(), [item.id]);
  const day = (d: string | null) => (d ? formatDay(d, i18n.language) : t('due.none'));
  // the form starts again from what is stored whenever that changes (a save here, an import)
  const formKey = JSON.stringify([item.id, item.status, item.owner?.designationId, item.dueOverride, item.overrideReason, item.submittedOn, item.submissionRef, item.notes]);
  return (
    <aside className="report-panel card stack" aria-labelledby="report-heading">
      <div className="report-panel__top">
        <h2 id="report-heading" tabIndex={-1} ref={heading}>
          {reportTitle(t, item)}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
      <p>
        <StateBadge r={item} /> <DueBadge r={item} />
      </p>
      <dl className="facts">
        <dt>{t('report.due')}</dt>
        <dd>
          {day(item.due)}
          {item.dueOverride && <span className="muted"> ({t('due.ruleWas', { date: day(item.ruleDue) })})</span>}
        </dd>
        {(item.periodStart || item.periodEnd) && (
          <>
            <dt>{t('report.period')}</dt>
            <dd>{t('report.periodRange', { from: day(item.periodStart), to: day(item.periodEnd) })}</dd>
          </>
        )}
        <dt>{t('report.basisLabel')}</dt>
        <dd>
          <bdi>{referenceText(t, 'obligation', item.obligationId, item.basis)}</bdi>
        </dd>
      </dl>
      {templateFor(item.obligationId, item.period) && (
        <p>
          <a className="button" href={`#/drafts/${item.id}`} onClick={(e) => (e.preventDefault(), go('drafts', item.id))}>
            {t('report.openDraft')}
          </a>
        </p>
      )}
      {!item.applies && <p className="notice">{t('groupHints.gone')}</p>}
      {item.applies && <ReportForm key={formKey} item={item} />}
      <ReportParts item={item} />
      <ReportHistory item={item} />
    </aside>
  );
}
