import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';

/** Removes a training or a need at once (a soft delete) and offers Undo in the toast, as report parts do. */
export function useRemoveWithUndo(kind: 'trainings' | 'needs') {
  const { t } = useTranslation(['capacity', 'common']);
  const show = useToasts((s) => s.show);
  const fail = (err: unknown) => show({ tone: 'error', message: errorMessage(t, err) });
  return (row: { id: string; title: string }) =>
    call(`capacity.${kind}.remove`, { id: row.id })
      .then(() =>
        show({
          tone: 'info',
          message: t(`${kind}.removed`, { title: row.title }),
          action: { label: t('common:actions.undo'), run: () => void call(`capacity.${kind}.restore`, { id: row.id }).catch(fail) },
        }),
      )
      .catch(fail);
}
