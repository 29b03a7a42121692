import { useTranslation } from 'react-i18next';
import type { Position } from '../../../shared/model/positions.ts';
import { formatDay } from '../../ui/format.ts';

/** A position in brief: stance, standing, text and red lines. */
export function PositionSummary({ position: p }: { position: Position }) {
  const { t, i18n } = useTranslation(['positions']);
  return (
    <div className="position">
      <p>
        <span className={`badge badge--stance-${p.stance}`}>{t(`stances.${p.stance}`)}</span> <span className={`badge badge--${p.status === 'agreed' ? 'held' : 'low'}`}>{t(`states.${p.status}`)}</span>
        {p.status === 'agreed' && p.agreedOn && <span className="muted"> · {t('position.agreedLine', { date: formatDay(p.agreedOn, i18n.language), where: p.agreedAtLabel ?? p.agreedAt ?? '' })}</span>}
        {p.leadName && <span className="muted"> · {t('position.leadLine', { name: p.leadName })}</span>}
      </p>
      {p.text && <p dir="auto">{p.text}</p>}
      {p.redLines && (
        <p dir="auto">
          <strong>{t('position.redLines')}:</strong> {p.redLines}
        </p>
      )}
    </div>
  );
}
