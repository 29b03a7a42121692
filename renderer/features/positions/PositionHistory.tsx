import { useTranslation } from 'react-i18next';
import { useQuery } from '../../state/queries.ts';
import { formatDateTime, formatDay } from '../../ui/format.ts';

const SHOWN = new Set(['stance', 'status', 'agreedOn', 'text', 'fallback', 'redLines']);

/** A position's history from the op log: what it said and when it was agreed, oldest first. */
export function PositionHistory({ positionId }: { positionId: string }) {
  const { t, i18n } = useTranslation(['positions', 'sync']);
  const { data } = useQuery('positions.history', { id: positionId });
  const changes = (data ?? []).filter((c) => SHOWN.has(c.field));
  const say = (field: string, value: unknown) => {
    if (value === null || value === '') return '—';
    if (field === 'stance') return t(`stances.${String(value)}`);
    if (field === 'status') return t(`states.${String(value)}`);
    if (field === 'agreedOn') return formatDay(String(value), i18n.language);
    return String(value);
  };
  return (
    <ol className="plain-list history">
      {changes.map((c, n) => (
        <li key={`${c.at}-${c.field}-${n}`}>
          <span className="muted">{formatDateTime(c.at, i18n.language)}{c.here ? '' : ` · ${t('history.elsewhere')}`}</span> — {t(`fields.${c.field}`)}: <span dir="auto">{say(c.field, c.value)}</span>
        </li>
      ))}
    </ol>
  );
}
