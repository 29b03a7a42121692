import { useTranslation } from 'react-i18next';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { focusPageWhenShown } from '../../ui/focus-page.ts';

/** Above every page when the store was found damaged after it opened: nothing more is saved; restore a backup. */
export function StoreHealthBanner() {
  const { t } = useTranslation('settings');
  const go = useRoute((s) => s.go);
  const health = useQuery('backups.health', {}, { secondary: true }).data;
  if (health?.state !== 'damaged') return null;
  return (
    <div className="health-banner" role="alert" aria-label={t('health.label')}>
      <p>
        <strong>{t('health.title')}</strong> {t('health.body')}
      </p>
      {health.detail && <p className="muted">{t('health.finding', { detail: health.detail })}</p>}
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          go('settings');
          focusPageWhenShown('settings', '#backups-heading');
        }}
      >
        {t('health.open')}
      </button>
    </div>
  );
}
