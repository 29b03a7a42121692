import { useTranslation } from 'react-i18next';
import { useInstitutions } from '../../state/institutions.ts';
import { languageName } from '../people/languages.ts';

/** A field value as a person reads it: names for references, language names for codes. */
export function ConflictValue({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation('conflicts');
  const institutions = useInstitutions((s) => s.items);
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return <em className="muted">{t('empty_value')}</em>;
  if (field === 'institutionId' && typeof value === 'string') return <>{institutions.find((i) => i.id === value)?.name ?? value}</>;
  if (field === 'languages' && Array.isArray(value)) return <>{value.map((c) => languageName(String(c), i18n.language)).join(', ')}</>;
  return <span className="value">{String(value)}</span>;
}
