import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleStatus } from '../../../shared/model/focal-points.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { RoleOnboarding } from '../onboarding/index.ts';
import { DesignateForm } from './DesignateForm.tsx';
import { DesignationDatesForm } from './DesignationDatesForm.tsx';
import { HandoverForm } from './HandoverForm.tsx';
import { instrumentName, roleTitle } from './roles.ts';

export function RoleCard({ status }: { status: RoleStatus }) {
  const { t, i18n } = useTranslation(['focal', 'reference']);
  const go = useRoute((s) => s.go);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [panel, setPanel] = useState<{ kind: 'designate' } | { kind: 'handover' | 'dates'; id: string } | null>(null);
  const role = roleType(status.roleId)!;
  const lng = i18n.language;
  const title = roleTitle(t, status.roleId);
  const headingId = `role-${status.roleId}-${status.instrumentId ?? ''}`.replace(/[^\w-]/g, '-');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // a form saved or cancelled goes away with the focus in it: the focus goes to the role's heading, not to the page
  const closePanel = () => {
    setPanel(null);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <article className={`card role role--${status.state}`} aria-labelledby={headingId}>
      <header className="role__header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
          {status.instrumentId && <span className="muted"> — {instrumentName(t, status.instrumentId)}</span>}
        </h3>
        <span className={`badge badge--${status.state}`}>{t(`state.${status.state}`)}</span>
        {role.confidence !== 'high' && <span className={`badge badge--${role.confidence}`}>{t(`reference:confidence.${role.confidence}`)}</span>}
      </header>
      {status.holders.length === 0 ? (
        <p className="muted">{t('noHolder')}</p>
      ) : (
        <ul className="holders">
          {status.holders.map((d) => (
            <li key={d.id}>
              <button type="button" className="button--link-dark" onClick={() => d.personId && go('people', d.personId)}>
                <bdi>{d.personDeleted ? t('deletedPerson', { name: d.personName }) : d.personName}</bdi>
              </button>
              {d.institutionName && <span className="muted"> · {d.institutionName}</span>}
              <span className="muted"> · {d.startDate ? t('since', { date: formatDay(d.startDate, lng) }) : t('startUnknown')}</span>
              {d.notifiedDate && <span className="muted"> · {t('notified', { date: formatDay(d.notifiedDate, lng) })}</span>}{' '}
              <button type="button" className="button button--small" onClick={() => setPanel({ kind: 'handover', id: d.id })}>
                {t('handover')}
              </button>
              <button type="button" className="button button--small" onClick={() => setPanel({ kind: 'dates', id: d.id })}>
                {t('editDates')}
              </button>
              {panel?.kind === 'handover' && panel.id === d.id && <HandoverForm designation={d} onDone={closePanel} />}
              {panel?.kind === 'dates' && panel.id === d.id && <DesignationDatesForm designation={d} onDone={closePanel} />}
            </li>
          ))}
        </ul>
      )}
      {status.upcoming.length > 0 && (
        <ul className="holders holders--upcoming">
          {status.upcoming.map((d) => (
            <li key={d.id} className="muted">
              {t('upcoming', { date: formatDay(d.startDate, lng) })}{' '}
              <button type="button" className="button--link-dark" onClick={() => d.personId && go('people', d.personId)}>
                <bdi>{d.personName}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {(status.holders.length === 0 || role.multiple) && panel?.kind !== 'designate' && (
        <button type="button" className="button button--small" onClick={() => setPanel({ kind: 'designate' })}>
          {t('designate')}
        </button>
      )}
      {panel?.kind === 'designate' && <DesignateForm roleId={status.roleId} instrumentId={status.instrumentId} onDone={closePanel} />}
      <details className="history" onToggle={(e) => setHistoryOpen((e.target as HTMLDetailsElement).open)}>
        <summary>
          {t('history')} ({status.historyCount})
        </summary>
        {!historyOpen ? null : status.history.length === 0 ? (
          <p className="muted">{t('noHistory')}</p>
        ) : (
          <ul>
            {status.history.map((d) => (
              <li key={d.id}>
                <bdi>{d.personName}</bdi> — {t('period', { start: d.startDate ? formatDay(d.startDate, lng) : t('startUnknownShort'), end: d.endDate ? formatDay(d.endDate, lng) : t('open') })}
              </li>
            ))}
          </ul>
        )}
      </details>
      <RoleOnboarding role={role} holders={status.holders} />
    </article>
  );
}
