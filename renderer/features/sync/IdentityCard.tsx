import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/sync.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';

export function IdentityCard() {
  const { t } = useTranslation(['sync', 'common']);
  const { identity, setLabel } = useSync();
  const show = useToasts((s) => s.show);
  const [label, setValue] = useState(identity?.label ?? '');
  useEffect(() => setValue(identity?.label ?? ''), [identity?.label]);
  if (!identity) return null;

  return (
    <section className="card" aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('identity.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setLabel(label)
            .then(() => show({ tone: 'info', message: t('common:status.saved') }))
            .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
        }}
      >
        <div className="field">
          <label htmlFor="device-label">{t('identity.label')}</label>
          <input id="device-label" value={label} onChange={(e) => setValue(e.target.value)} aria-describedby="device-label-hint" />
          <p className="field__hint" id="device-label-hint">
            {t('identity.labelHint')}
          </p>
        </div>
        <button type="submit" className="button">
          {t('common:actions.save')}
        </button>
      </form>
      <dl className="facts">
        <dt>{t('identity.fingerprint')}</dt>
        <dd>
          <code>{identity.fingerprint}</code> <span className="muted">— {t('identity.fingerprintHint')}</span>
        </dd>
        <dt>{t('identity.publicKey')}</dt>
        <dd>
          <code data-testid="public-key">{identity.publicKey}</code>{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => void navigator.clipboard?.writeText(identity.publicKey).then(() => show({ tone: 'info', message: t('identity.copied') }))}
          >
            {t('identity.copy')}
          </button>
        </dd>
      </dl>
    </section>
  );
}
