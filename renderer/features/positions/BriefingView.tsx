import { useTranslation } from 'react-i18next';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { PrintButton } from '../../ui/PrintButton.tsx';
import { roleTitle } from '../focal-points/roles.ts';
import { meetingName } from '../reporting/labels.ts';
import { topicName } from './labels.ts';
import { PositionSummary } from './PositionSummary.tsx';

/** The briefing for a delegation: per agenda item the country's position, fallback and red lines, and what it holds on the same subjects elsewhere. Printable. */
export function BriefingView({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation(['positions', 'reporting', 'focal']);
  const go = useRoute((s) => s.go);
  const { data, error, reload } = useQuery('positions.briefing', { meetingId });
  const custom = useQuery('topics.list', {}).data ?? [];
  const targetOf = new Map((useQuery('targets.list', {}).data ?? []).map((n) => [n.id, n]));
  const name = meetingName(t, meetingId);
  return (
    <div className="page page--wide briefing">
      <header className="page-top">
        <div>
          <p className="no-print">
            <a href="#/positions" onClick={(e) => (e.preventDefault(), go('positions'))}>
              {t('briefing.back')}
            </a>
          </p>
          <h1>{t('briefing.title', { meeting: name })}</h1>
          {data && (
            <p className="muted">
              {[data.meeting.place, data.meeting.start && `${formatDay(data.meeting.start, i18n.language)}${data.meeting.end ? ` – ${formatDay(data.meeting.end, i18n.language)}` : ''}`].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
        <PrintButton fileName={`briefing-${meetingId.replace(/:/g, '-')}.pdf`} />
      </header>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data && (
        <>
          <section className="card stack" aria-labelledby="delegation-heading">
            <h2 id="delegation-heading">{t('briefing.delegation')}</h2>
            {data.delegation.length === 0 ? (
              <p className="muted">{t('briefing.noDelegation')}</p>
            ) : (
              <ul className="plain-list">
                {data.delegation.map((d) => (
                  <li key={d.id}>
                    <strong dir="auto">{d.personName}</strong> — {roleTitle(t, d.roleId)}
                    {d.institutionName && <span className="muted" dir="auto"> · {d.institutionName}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {data.actions.length > 0 && (
            <section className="card stack" aria-labelledby="open-actions-heading">
              <h2 id="open-actions-heading">{t('briefing.actions')}</h2>
              <ul className="plain-list">
                {data.actions.map((a) => (
                  <li key={a.id}>
                    <strong dir="auto">{a.title}</strong> — <span dir="auto">{a.ownerName}</span> · {t('briefing.actionDue', { date: formatDay(a.due, i18n.language) })}
                    {a.overdue && <span className="badge badge--overdue"> {t('briefing.actionOverdue')}</span>}
                    {a.sourceLabel && <span className="muted" dir="auto"> · {a.meetingId && meetingName(t, a.meetingId)} {a.sourceLabel}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.items.length === 0 && <p className="card empty">{t('agenda.none')}</p>}
          {data.items.map(({ item, position, related }) => (
            <section key={item.id} className="card stack briefing-item" aria-labelledby={`brief-${item.id}`}>
              <h2 id={`brief-${item.id}`}>
                {item.number && <bdi>{item.number}</bdi>} <span dir="auto">{item.title}</span>
              </h2>
              <p className="chips">
                {item.topicIds.map((id) => (
                  <span key={id} className="chip">
                    {topicName(t, id, custom)}
                  </span>
                ))}
              </p>
              {item.documents.length > 0 && (
                <p className="muted" dir="auto">
                  {t('briefing.documents')}: {item.documents.join('; ')}
                </p>
              )}
              {position ? (
                <>
                  <PositionSummary position={position} />
                  {position.fallback && (
                    <p dir="auto">
                      <strong>{t('position.fallback')}:</strong> {position.fallback}
                    </p>
                  )}
                  {position.speakingPoints && (
                    <p dir="auto">
                      <strong>{t('position.speakingPoints')}:</strong> {position.speakingPoints}
                    </p>
                  )}
                  {position.nationalTargetIds.length > 0 && (
                    <p className="muted">
                      {t('briefing.targets')}:{' '}
                      {position.nationalTargetIds.map((id) => targetOf.get(id)).filter(Boolean).map((n) => `${n!.code ?? ''} ${n!.title ?? ''}`.trim()).join('; ')}
                    </p>
                  )}
                  {(position.allies || position.opponents) && (
                    <p className="muted" dir="auto">
                      {position.allies && `${t('position.allies')}: ${position.allies}`} {position.opponents && `· ${t('position.opponents')}: ${position.opponents}`}
                    </p>
                  )}
                </>
              ) : (
                <p className="badge badge--vacant">{t('briefing.noPosition')}</p>
              )}
              {related.length > 0 && (
                <div className="stack">
                  <h3>{t('briefing.related')}</h3>
                  {related.map((r) => (
                    <div key={r.item.id} className="flag__side">
                      <p>
                        <strong>{meetingName(t, r.item.meetingId)}</strong> · {r.item.number && <bdi>{r.item.number}</bdi>} <span dir="auto">{r.item.title}</span>
                      </p>
                      <PositionSummary position={r.position} />
                    </div>
                  ))}
                </div>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
