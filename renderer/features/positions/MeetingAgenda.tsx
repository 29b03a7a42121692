import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, Position } from '../../../shared/model/positions.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { formatDay } from '../../ui/format.ts';
import { referenceText } from '../../i18n/reference-text.ts';
import { SUBMISSION_OBLIGATIONS } from '../../../shared/reference/obligations.ts';
import { DueBadge } from '../reporting/badges.tsx';
import { obligationTitle } from '../reporting/labels.ts';
import { AgendaItemForm } from './AgendaItemForm.tsx';
import { topicName } from './labels.ts';
import { PositionForm } from './PositionForm.tsx';
import { PositionHistory } from './PositionHistory.tsx';
import { PositionSummary } from './PositionSummary.tsx';

/** The history is read when the user opens it, not for every position on the page. */
function HistoryDetails({ positionId }: { positionId: string }) {
  const { t } = useTranslation(['positions']);
  const [open, setOpen] = useState(false);
  return (
    <details className="no-print" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('position.history')}</summary>
      {open && <PositionHistory positionId={positionId} />}
    </details>
  );
}

function ItemCard({ item, positions }: { item: AgendaItem; positions: readonly Position[] }) {
  const { t } = useTranslation(['positions']);
  const custom = useQuery('topics.list', {}).data ?? [];
  const [editing, setEditing] = useState<string | null>(null);
  const live = positions.filter((p) => p.status !== 'superseded');
  return (
    <li className="agenda-item card stack" aria-labelledby={`item-${item.id}`}>
      <h3 id={`item-${item.id}`}>
        {item.number && <bdi>{item.number}</bdi>}{' '}
        <span dir="auto">{item.title}</span>
      </h3>
      <p className="chips">
        {item.topicIds.map((id) => (
          <span key={id} className="chip">
            {topicName(t, id, custom)}
          </span>
        ))}
        {item.taxonGroup && <span className="chip chip--taxon">{t(`taxonGroups.${item.taxonGroup}`)}</span>}
        {item.taxon && (
          <span className="chip chip--taxon" lang="la">
            {item.taxon}
          </span>
        )}
      </p>
      {item.documents.length > 0 && (
        <ul className="plain-list muted">
          {item.documents.map((d) => (
            <li key={d} dir="auto">
              {d}
            </li>
          ))}
        </ul>
      )}
      {positions.map((p) => (
        <div key={p.id}>
          <PositionSummary position={p} />
          <HistoryDetails positionId={p.id} />
          {editing === p.id ? (
            <PositionForm item={item} position={p} onDone={() => setEditing(null)} />
          ) : (
            <button type="button" className="button button--small" onClick={() => setEditing(p.id)}>
              {t('position.edit')}
            </button>
          )}
        </div>
      ))}
      {live.length === 0 && (editing === 'new' ? <PositionForm item={item} position={null} onDone={() => setEditing(null)} /> : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('position.add')}
        </button>
      ))}
    </li>
  );
}

/** One meeting's agenda items, each with the country's position. */
export function MeetingAgenda({ meetingId }: { meetingId: string }) {
  const { t, i18n } = useTranslation(['positions', 'reporting', 'basis']);
  const items = useQuery('agenda.list', { meetingId });
  const positions = useQuery('positions.list', { meetingId });
  const [adding, setAdding] = useState(false);
  const submissions = (useQuery('reporting.deadlines', {}).data?.items ?? []).filter((r) => r.meetingId === meetingId && SUBMISSION_OBLIGATIONS.has(r.obligationId));
  return (
    <section className="stack" aria-label={t('agenda.heading')}>
      {submissions.length > 0 && (
        <div className="card stack" role="region" aria-labelledby="submissions-heading">
          <h3 id="submissions-heading">{t('agenda.submissions')}</h3>
          <ul className="plain-list">
            {submissions.map((r) => (
              <li key={r.id}>
                {obligationTitle(t, r.obligationId)} — {r.due ? formatDay(r.due, i18n.language) : '—'} <DueBadge r={r} />
                <span className="muted"> · {referenceText(t, 'obligation', r.obligationId, r.basis)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {items.error ? <LoadError error={items.error} onRetry={items.reload} /> : null}
      {items.data?.length === 0 && <p className="muted">{t('agenda.none')}</p>}
      <ul className="agenda-list">
        {items.data?.map((i) => (
          <ItemCard key={i.id} item={i} positions={(positions.data ?? []).filter((p) => p.agendaItemId === i.id)} />
        ))}
      </ul>
      {adding ? (
        <AgendaItemForm meetingId={meetingId} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          {t('agenda.add')}
        </button>
      )}
    </section>
  );
}
