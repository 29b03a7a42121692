import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/reference/frameworks/index.ts';
import { alignableItems, itemLabel } from './items.ts';

/** A framework, then one of its goals or targets (unconfirmed wording marked); choosing a framework clears the item. */
export function FrameworkItemPicker(props: {
  frameworks: readonly Framework[];
  frameworkId: string;
  itemId: string;
  onFramework: (id: string) => void;
  onItem: (id: string) => void;
}) {
  const { t } = useTranslation(['targets', 'frameworks']);
  const id = useId();
  return (
    <>
      <div className="align-form__field">
        <label htmlFor={`${id}-framework`}>{t('alignments.framework')}</label>
        <select
          id={`${id}-framework`}
          value={props.frameworkId}
          onChange={(e) => {
            props.onFramework(e.target.value);
            props.onItem('');
          }}
        >
          {props.frameworks.map((f) => (
            <option key={f.id} value={f.id}>
              {f.abbreviation}
            </option>
          ))}
        </select>
      </div>
      <div className="align-form__field">
        <label htmlFor={`${id}-item`}>{t('alignments.item')}</label>
        <select id={`${id}-item`} value={props.itemId} onChange={(e) => props.onItem(e.target.value)}>
          <option value="">{t('alignments.chooseItem')}</option>
          {alignableItems(props.frameworkId).map((i) => (
            <option key={i.id} value={i.id}>
              {itemLabel(t, i.id)}
              {i.confidence === 'low' ? ` (${t('confidenceLow')})` : ''}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
