import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../state/settings.ts';
import { errorMessage } from '../../ui/errors.ts';
import { Field } from '../../ui/Field.tsx';
import { SampleOffer } from '../sample/index.ts';
import { CountrySelect } from './CountrySelect.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';

/** First start: which country this desk serves, and what the desk is called on bundles and in conflicts (both changeable later in Settings). */
export function WelcomeDialog() {
  const { t } = useTranslation(['settings', 'common']);
  const setUp = useSettings((s) => s.setUp);
  const [country, setValue] = useState('');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [labelError, setLabelError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <div className="welcome" role="dialog" aria-modal="true" aria-labelledby="welcome-title">
      <form
        className="welcome__card"
        onSubmit={(e) => {
          e.preventDefault();
          const missingLabel = !label.trim();
          if (!country) setError('country_invalid');
          if (missingLabel) setLabelError('required');
          if (!country || missingLabel) return;
          setUp(country, label.trim()).catch((err: unknown) => setFormError(errorMessage(t, err)));
        }}
      >
        <h1 id="welcome-title">{t('welcomeTitle')}</h1>
        <p>{t('welcomeBody')}</p>
        <div className="field">
          <label htmlFor="welcome-language">{t('language')}</label>
          <LanguageSelect id="welcome-language" />
        </div>
        <Field label={t('country')} error={error} hint={t('countryHint')} required>
          {(a) => (
            <CountrySelect
              {...a}
              value={country}
              onChange={(c) => {
                setValue(c);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <Field label={t('deskLabel')} error={labelError} hint={t('deskLabelHint')} required>
          {(a) => (
            <input
              {...a}
              dir="auto"
              value={label}
              maxLength={100}
              placeholder={t('deskLabelPlaceholder')}
              onChange={(e) => {
                setLabel(e.target.value);
                setLabelError(undefined);
              }}
            />
          )}
        </Field>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {t('common:actions.continue')}
        </button>
        <SampleOffer compact />
      </form>
    </div>
  );
}
