import './onboarding.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../shared/model/onboarding.ts';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { formatDay } from '../../ui/format.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { itemText, sourceText } from './labels.ts';

/** A designation's onboarding checklist, tickable: what every focal point does, then what this role asks. */
export function OnboardingChecklist({ designationId, label, showProgress = true }: { designationId: string; label: string; showProgress?: boolean }) {
  const { t } = useTranslation(['onboarding', 'reference']);
  const { data, error, reload } = useQuery('onboarding.checklist', { designationId });
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : null;
  const common = data.items.filter((i) => !i.basis);
  const own = data.items.filter((i) => i.basis);
  return (
    <div className="onboarding stack">
      {showProgress && <p className="onboarding__progress">{t('checklist.progress', { count: data.done, total: data.total })}</p>}
      <ItemList designationId={designationId} heading={t('checklist.common')} items={common} label={label} />
      {own.length > 0 && <ItemList designationId={designationId} heading={t('checklist.role')} items={own} label={label} />}
    </div>
  );
}

function ItemList({ designationId, heading, items, label }: { designationId: string; heading: string; items: ChecklistItem[]; label: string }) {
  const { t, i18n } = useTranslation(['onboarding', 'reference']);
  const show = useToasts((s) => s.show);
  // a tick shows at once; the list from the core takes over when it says the same
  const [pending, setPending] = useState<Record<string, boolean>>({});
  useEffect(() => {
    setPending((p) => {
      const left = Object.entries(p).filter(([key, done]) => items.find((i) => i.key === key && Boolean(i.doneOn) !== done));
      return left.length === Object.keys(p).length ? p : Object.fromEntries(left);
    });
  }, [items]);
  const tick = (itemKey: string, done: boolean) => {
    setPending((p) => ({ ...p, [itemKey]: done }));
    call('onboarding.tick', { designationId, itemKey, done }).catch((err: unknown) => {
      setPending(({ [itemKey]: _undone, ...rest }) => rest);
      show({ tone: 'error', message: errorMessage(t, err) });
    });
  };
  return (
    <div>
      <h4 className="onboarding__heading">{heading}</h4>
      <ul className="plain-list onboarding__items" aria-label={`${label}: ${heading}`}>
        {items.map((item) => (
          <li key={item.key} className={item.doneOn ? 'onboarding__item onboarding__item--done' : 'onboarding__item'}>
            <label>
              <input type="checkbox" checked={pending[item.key] ?? Boolean(item.doneOn)} onChange={(e) => tick(item.key, e.target.checked)} /> <span>{itemText(t, item.key)}</span>
            </label>
            {item.doneOn && (
              <span className="muted"> · {item.doneByName ? t('checklist.doneBy', { date: formatDay(item.doneOn, i18n.language), name: item.doneByName }) : t('checklist.doneOn', { date: formatDay(item.doneOn, i18n.language) })}</span>
            )}
            {item.basis && (
              <p className="muted onboarding__source">
                {t('checklist.source', { basis: sourceText(t, item.key, item.basis) })}{' '}
                <span className={`badge badge--${item.confidence === 'high' ? 'held' : 'low'}`}>{t(`reference:confidence.${item.confidence}`)}</span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
