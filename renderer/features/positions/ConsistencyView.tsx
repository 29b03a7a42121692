import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownPositionIds, type Flag } from '../../../shared/consistency.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { meetingName } from '../reporting/labels.ts';
import { subjectName } from './labels.ts';
import { PositionSummary } from './PositionSummary.tsx';

function Acknowledge({ flag }: { flag: Flag }) {
  const { t } = useTranslation(['positions', 'common']);
  const show = useToasts((s) => s.show);
  const [reason, setReason] = useState('');
  const send = () => call('consistency.acknowledge', { flagId: flag.id, reason }).catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  return (
    <div className="inline-add">
      <label>
        {t('check.reason')} <input dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="button" className="button button--small" disabled={!reason.trim()} onClick={() => void send()}>
        {t('check.acknowledge')}
      </button>
    </div>
  );
}

/** The country's positions on one subject across conventions, side by side, with what does not fit. */
export function ConsistencyView({ onOpenMeeting }: { onOpenMeeting: (meetingId: string) => void }) {
  const { t } = useTranslation(['positions', 'reporting']);
  const { data: fresh, error, reload } = useQuery('consistency.check', {});
  // many findings render in the background, in slices
  const data = useDeferredValue(fresh);
  const custom = useQuery('topics.list', {}).data ?? [];
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data) return null;
  if (data.flags.length === 0) return <p className="card empty">{t('check.none')}</p>;
  const itemById = new Map(data.items.map((i) => [i.id, i]));
  const byId = new Map(data.positions.map((p) => [p.id, p]));
  const itemOf = (id: string) => itemById.get(id);
  return (
    <ul className="flag-list">
      {data.flags.map((f) => (
        <li key={f.id} className={`card stack flag flag--${f.acknowledged ? 'acknowledged' : 'open'}`} aria-labelledby={`flag-${f.id}`}>
          <h3 id={`flag-${f.id}`}>
            {t(`check.kinds.${f.kind}`)}
            {f.subject && <span className="muted"> — {subjectName(t, f.subject, custom)}</span>}
          </h3>
          <p>{t(`check.why.${f.kind}`)}</p>
          <div className="flag__sides">
            {(f.positionIds.length ? shownPositionIds(f.positionIds).map((pid) => ({ pid, itemId: byId.get(pid)?.agendaItemId ?? '' })) : f.agendaItemIds.map((itemId) => ({ pid: null, itemId }))).map(({ pid, itemId }) => {
              const item = itemOf(itemId);
              const pos = pid ? byId.get(pid) : undefined;
              if (!item) return null;
              return (
                <section key={pid ?? itemId} className="flag__side" aria-label={meetingName(t, item.meetingId)}>
                  <h4>
                    <button type="button" className="link-button" onClick={() => onOpenMeeting(item.meetingId)}>
                      {meetingName(t, item.meetingId)}
                    </button>
                  </h4>
                  <p dir="auto">
                    {item.number && <bdi>{item.number}</bdi>}{' '}
                    {item.title}
                  </p>
                  {pos ? <PositionSummary position={pos} /> : <p className="muted">{t('check.noPositionYet')}</p>}
                </section>
              );
            })}
          </div>
          {f.positionIds.length > shownPositionIds(f.positionIds).length && <p className="muted">{t('check.more', { count: f.positionIds.length - shownPositionIds(f.positionIds).length })}</p>}
          {f.acknowledged ? <p className="notice">{t('check.acknowledged', { reason: f.acknowledged.reason })}</p> : <Acknowledge flag={f} />}
        </li>
      ))}
    </ul>
  );
}
