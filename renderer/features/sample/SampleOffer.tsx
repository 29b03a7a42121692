import { useTranslation } from 'react-i18next';
import { useSample } from './useSample.ts';

/** On the first screens: explore a fictional country's desk before entering one's own. */
export function SampleOffer({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('sample');
  const { status, busy, load } = useSample();
  if (!status || status.active) return null;
  return (
    <section className={compact ? 'sample-offer sample-offer--compact' : 'card sample-offer'} aria-labelledby="sample-offer-heading">
      <h2 id="sample-offer-heading">{t('offerTitle')}</h2>
      <p className="muted">{t('offerBody', { country: t('country') })}</p>
      <button type="button" className="button" disabled={busy} aria-busy={busy} onClick={() => void load()}>
        {busy ? t('loading') : t('load')}
      </button>
    </section>
  );
}
