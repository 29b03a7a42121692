import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useSettings } from '../../state/settings.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { PersonPicker } from '../../ui/PersonPicker.tsx';

/** Who uses this desk: what "mine" means on the home screen (their roles, reports, parts, actions). */
export function MeField() {
  const { t } = useTranslation(['settings']);
  const show = useToasts((s) => s.show);
  const load = useSettings((s) => s.load);
  const meId = useSettings((s) => s.settings?.mePersonId ?? null);
  const me = useQuery('people.get', meId ? { id: meId } : null).data;
  const save = (personId: string | null) =>
    call('settings.update', { mePersonId: personId })
      .then(() => load())
      .then(() => show({ tone: 'info', message: t('meSaved') }))
      .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
  return (
    <div className="stack">
      <PersonPicker label={t('me')} value={me ? { id: me.id, name: me.name } : null} onChange={(p) => void save(p?.id ?? null)} />
      <p className="field__hint">{t('meHint')}</p>
      {meId && (
        <p>
          <button type="button" className="button button--small" onClick={() => void save(null)}>
            {t('meClear')}
          </button>
        </p>
      )}
    </div>
  );
}
