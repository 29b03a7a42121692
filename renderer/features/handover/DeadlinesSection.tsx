import { useTranslation } from 'react-i18next';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { formatDay } from '../../ui/format.ts';
import { PackSection } from './PackSection.tsx';
import { DueBadge, StateBadge } from '../reporting/badges.tsx';
import { reportTitle } from '../reporting/labels.ts';

/** What the role owes, by date: each report's status and due date, an estimated date said to be one; then the drafts in progress. */
export function DeadlinesSection({ pack }: { pack: HandoverPack }) {
  const { t, i18n } = useTranslation(['onboarding', 'reporting']);
  return (
    <>
      <PackSection id="handover-deadlines" title={t('handover.deadlines')} empty={pack.deadlines.length === 0 ? t('handover.noDeadlines') : null}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('handover.columns.report')}</th>
              <th scope="col">{t('handover.columns.status')}</th>
              <th scope="col">{t('handover.columns.due')}</th>
            </tr>
          </thead>
          <tbody>
            {pack.deadlines.map(({ report: r, owned }) => (
              <tr key={r.id}>
                <td>
                  {reportTitle(t, r)}
                  {owned && <span className="badge badge--held"> {t('handover.owned')}</span>}
                </td>
                <td>
                  <StateBadge r={r} />
                </td>
                <td>
                  {r.due ? formatDay(r.due, i18n.language) : t('handover.noDue')} <DueBadge r={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          {t('handover.horizon')} {t('handover.estimatedNote')}
        </p>
      </PackSection>
      <PackSection id="handover-drafts" title={t('handover.drafts')} empty={pack.drafts.length === 0 ? t('handover.noDrafts') : null}>
        <ul className="plain-list handover-list">
          {pack.drafts.map(({ report: r, answers }) => (
            <li key={r.id}>
              {reportTitle(t, r)} <StateBadge r={r} /> <span className="muted">· {t('handover.answers', { count: answers })}</span>
            </li>
          ))}
        </ul>
      </PackSection>
    </>
  );
}
