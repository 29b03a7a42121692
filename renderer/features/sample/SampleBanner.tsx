import { useTranslation } from 'react-i18next';
import { useSample } from './useSample.ts';

/** Above every page while the sample country is open: it is fictional, and how to leave it. */
export function SampleBanner() {
  const { t } = useTranslation('sample');
  const { status, busy, remove } = useSample();
  if (!status?.active) return null;
  return (
    <div className="sample-banner" role="region" aria-label={t('bannerLabel')}>
      <p>
        <strong>{t('banner', { country: t('country') })}</strong> {t('bannerBody')}
      </p>
      <button type="button" className="button button--small" disabled={busy} onClick={() => void remove()}>
        {t('remove')}
      </button>
    </div>
  );
}
