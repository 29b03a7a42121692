import { useTranslation } from 'react-i18next';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { RecordsState } from '../state/records.ts';
import { useRoute, type Area } from '../state/route.ts';
import { useToasts } from '../state/toasts.ts';
import { errorMessage } from './errors.ts';

/** Deletes at once and offers Undo (a restore through the op log) in a toast. */
export function useDeleteWithUndo<T extends { id: string; name: string | null }>(area: Area, useStore: UseBoundStore<StoreApi<RecordsState<T>>>) {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const go = useRoute((s) => s.go);
  return async (row: T) => {
    try {
      await useStore.getState().remove(row.id);
      go(area);
      show({
        tone: 'info',
        message: t('status.deleted', { name: row.name }),
        action: {
          label: t('actions.undo'),
          run: () => {
            void useStore
              .getState()
              .restore(row.id)
              .then(() => {
                go(area, row.id);
                show({ tone: 'info', message: t('status.restored', { name: row.name }) });
              })
              .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
          },
        },
      });
    } catch (err) {
      show({ tone: 'error', message: errorMessage(t, err) });
    }
  };
}

/**
 * The same for a part of a page (a report part, an action): `remove` at once, then a toast saying
 * `message` with Undo running `restore`; a refusal of either is told in words.
 */
export function useRemoveWithUndo() {
  const { t } = useTranslation();
  const show = useToasts((s) => s.show);
  const fail = (err: unknown) => show({ tone: 'error', message: errorMessage(t, err) });
  return (remove: () => Promise<unknown>, restore: () => Promise<unknown>, message: string) =>
    remove()
      .then(() => show({ tone: 'info', message, action: { label: t('actions.undo'), run: () => void restore().catch(fail) } }))
      .catch(fail);
}
