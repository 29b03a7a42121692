import { useTranslation } from 'react-i18next';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { RecordsState } from '../state/records.ts';
import { useRoute, type Area } from '../state/route.ts';
import { useToasts } from '../state/toasts.ts';
import { focusSelectedRow } from './VirtualList.tsx';

/**
 * Saves a record of a list-and-edit area (create or update through its store), says so, and
 * selects the saved record, unless the user has moved on while it saved.
 */
export function useSaveRecord<T extends { id: string }>(area: Area, useStore: UseBoundStore<StoreApi<RecordsState<T>>>, record: T | null) {
  const { t } = useTranslation('common');
  const show = useToasts((s) => s.show);
  return async (values: unknown) => {
    const data = values as Record<string, unknown>;
    const saved = record ? await useStore.getState().update(record.id, data) : await useStore.getState().create(data);
    show({ tone: 'info', message: t('status.saved') });
    if (useRoute.getState().area === area) {
      focusSelectedRow();
      useRoute.getState().go(area, saved.id);
    }
  };
}
