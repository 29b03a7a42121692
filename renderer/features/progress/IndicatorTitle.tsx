import { useTranslation } from 'react-i18next';
import type { IndicatorEntry } from '../../../shared/contract/progress.ts';
import { indicatorName } from './labels.ts';

/** "3.1 — Coverage of protected areas…"; an English-only title is marked and kept left-to-right. */
export function IndicatorTitle({ entry }: { entry: Pick<IndicatorEntry, 'id' | 'code' | 'kind' | 'title'> }) {
  const { t, i18n } = useTranslation(['progress', 'frameworks']);
  const name = indicatorName(t, entry);
  return (
    <span>
      <bdi>{name.code}</bdi> — {name.english ? <span lang="en" dir="ltr">{name.title}</span> : name.title}
      {name.english && !i18n.language.startsWith('en') && <span className="badge badge--low"> {t('progress:englishOnly')}</span>}
    </span>
  );
}
