import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../shared/model/sync.ts';
import { formatDay } from '../../ui/format.ts';
import { useEntityViews } from '../entity-views.ts';

type Head = ConflictItem['heads'][number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A conflicting value as a person reads it: names for ids, translated codes (by the owning feature), dates in their language. */
export function ConflictValue({ entity, field, head }: { entity: string; field: string; head: Pick<Head, 'value' | 'valueLabel'> }) {
  const { t, i18n } = useTranslation(['conflicts']);
  const views = useEntityViews();
  const { value } = head;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <em className="muted">{t('empty_value')}</em>;
  if (head.valueLabel) return <>{head.valueLabel}</>;
  const shown = views[entity]?.value?.(t, field, value, i18n.language);
  if (shown != null) return <>{shown}</>;
  if (typeof value === 'string' && DAY.test(value)) return <>{formatDay(value, i18n.language)}</>;
  return <span className="value">{Array.isArray(value) ? value.join(', ') : String(value)}</span>;
}
