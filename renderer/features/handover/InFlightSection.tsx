import { useTranslation } from 'react-i18next';
import type { HandoverPack } from '../../../shared/model/handover.ts';
import { formatDay } from '../../ui/format.ts';
import { PackSection } from './PackSection.tsx';
import { PositionSummary } from '../positions/PositionSummary.tsx';
import { meetingName } from '../reporting/labels.ts';

/** The positions being prepared for the convention's coming meetings, and the actions still open. */
export function InFlightSection({ pack }: { pack: HandoverPack }) {
  const { t, i18n } = useTranslation(['onboarding', 'reporting', 'positions', 'group']);
  return (
    <>
      <PackSection id="handover-positions" title={t('handover.positions')} empty={pack.positions.length === 0 ? t('handover.noPositions') : null}>
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
      </PackSection>
      <PackSection id="handover-actions" title={t('handover.actions')} empty={pack.actions.length === 0 ? t('handover.noActions') : null}>
        <ul className="plain-list handover-list">
          {pack.actions.map((a) => (
            <li key={a.id}>
              <strong dir="auto">{a.title}</strong> — {t('handover.actionLine', { owner: a.ownerName ?? '', date: formatDay(a.due, i18n.language) })} · {t(`group:actions.state.${a.status}`)}
              {a.overdue && <span className="badge badge--overdue"> {t('desk.overdue')}</span>}
              {a.sourceLabel && <span className="muted" dir="auto"> · {a.meetingId && `${meetingName(t, a.meetingId)} `}{a.sourceLabel}</span>}
            </li>
          ))}
        </ul>
      </PackSection>
    </>
  );
}
