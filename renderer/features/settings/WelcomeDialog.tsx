import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../state/settings.ts';
import { errorMessage } from '../../ui/errors.ts';
import { Field } from '../../ui/Field.tsx';
import { CountrySelect } from './CountrySelect.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';

/** First start: which country this desk serves (changeable later in Settings). */
export function WelcomeDialog() {
  const { t } = useTranslation(['settings', 'common']);
  const setCountry = useSettings((s) => s.setCountry);
  const [country, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <div className="welcome" role="dialog" aria-modal="true" aria-labelledby="welcome-title">
      <form
        className="welcome__card"
        onSubmit={(e) => {
          e.preventDefault();
          if (!country) return setError('country_invalid');
          setCountry(country).catch((err: unknown) => setFormError(errorMessage(t, err)));
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
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary">
          {t('common:actions.continue')}
        </button>
      </form>
    </div>
  );
}
