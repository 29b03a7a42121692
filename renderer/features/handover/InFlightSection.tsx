import { useTranslation } from 'react-i18next';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { formatDay } from '../../ui/format.ts';
import { PositionSummary } from '../positions/PositionSummary.tsx';
import { meetingName } from '../reporting/labels.ts';

/** The positions being prepared for the convention's coming meetings, and the actions still open. */
export function InFlightSection({ pack }: { pack: HandoverPack }) {
  const { t, i18n } = useTranslation(['onboarding', 'reporting', 'positions', 'group']);
  return (
    <>
      <section className="card stack" aria-labelledby="handover-positions">
        <h2 id="handover-positions">{t('handover.positions')}</h2>
        {pack.positions.length === 0 ? (
          <p className="muted">{t('handover.noPositions')}</p>
        ) : (
          <ul className="plain-list handover-list">
            {pack.positions.map(({ meeting, item, position }) => (
              <li key={position.id} className="handover-position">
                <p>
                  <strong>{meetingName(t, meeting.id)}</strong>
                  {meeting.start && <span className="muted"> ({formatDay(meeting.start, i18n.language)})</span>} · {item.number && <bdi>{item.number}</bdi>} <span dir="auto">{item.title}</span>
                </p>
                <PositionSummary position={position} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack" aria-labelledby="handover-actions">
        <h2 id="handover-actions">{t('handover.actions')}</h2>
        {pack.actions.length === 0 ? (
          <p className="muted">{t('handover.noActions')}</p>
        ) : (
          <ul className="plain-list handover-list">
            {pack.actions.map((a) => (
              <li key={a.id}>
                <strong dir="auto">{a.title}</strong> — {t('handover.actionLine', { owner: a.ownerName ?? '', date: formatDay(a.due, i18n.language) })} · {t(`group:actions.state.${a.status}`)}
                {a.overdue && <span className="badge badge--overdue"> {t('desk.overdue')}</span>}
                {a.sourceLabel && <span className="muted" dir="auto"> · {a.meetingId && `${meetingName(t, a.meetingId)} `}{a.sourceLabel}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
