import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../shared/model/sync.ts';
import { formatDay } from '../focal-points/dates.ts';
import { instrumentName, roleTitle } from '../focal-points/roles.ts';
import { languageName } from '../people/languages.ts';
import { itemCode, itemLabel } from '../targets/items.ts';

type Head = ConflictItem['heads'][number];

const DATE_FIELDS = new Set(['startDate', 'endDate', 'notifiedDate', 'since']);

/** A conflicting value as a person reads it: names for ids, translated codes, dates in their language. */
export function ConflictValue({ entity, field, head }: { entity: string; field: string; head: Pick<Head, 'value' | 'valueLabel'> }) {
  const { t, i18n } = useTranslation(['conflicts', 'targets', 'focal', 'reference', 'frameworks']);
  const { value } = head;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <em className="muted">{t('empty_value')}</em>;
  if (head.valueLabel) return <>{head.valueLabel}</>;
  const text = typeof value === 'string' ? value : null;
  if (field === 'languages' && Array.isArray(value)) return <>{value.map((c) => languageName(String(c), i18n.language)).join(', ')}</>;
  if (field === 'headlineIndicatorIds' && Array.isArray(value)) return <>{value.map((v) => itemCode(String(v))).join(', ')}</>;
  if (text !== null) {
    if (DATE_FIELDS.has(field)) return <>{formatDay(text, i18n.language)}</>;
    if (field === 'roleId') return <>{roleTitle(t, text)}</>;
    if (field === 'instrumentId') return <>{instrumentName(t, text)}</>;
    if (field === 'frameworkItemId' || field === 'fromItemId' || field === 'toItemId') return <>{itemLabel(t, text)}</>;
    if (field === 'degree') return <>{t(`targets:degree.${text}`, { defaultValue: text })}</>;
    if (field === 'status' && entity === 'nationalTarget') return <>{t(`targets:status.${text}`, { defaultValue: text })}</>;
    if (field === 'status' && entity === 'membership') return <>{t(`focal:membership.${text}`, { defaultValue: text })}</>;
    if (field === 'state' && entity === 'crosswalkEdit') return <>{t(`conflicts:crosswalkState.${text}`, { defaultValue: text })}</>;
  }
  if (field === 'progress' && typeof value === 'number') return <>{`${value} %`}</>;
  return <span className="value">{Array.isArray(value) ? value.join(', ') : String(value)}</span>;
}
