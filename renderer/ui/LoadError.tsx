import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors.ts';

/** A read that failed, said where its data would have been, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation(['common', 'errors']);
  return (
    <div className="notice notice--error load-error" role="alert">
      <p>{t('common:loadFailed', { reason: errorMessage(t, error) })}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common:retry')}
        </button>
      )}
    </div>
  );
}
