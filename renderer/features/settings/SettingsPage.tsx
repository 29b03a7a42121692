import { useTranslation } from 'react-i18next';
import { conventions, i18nKeyOf, instrumentsOf } from '../../../shared/reference/conventions.ts';
import { roleTypes } from '../../../shared/reference/roles.ts';
import { useQuery } from '../../state/queries.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useSettings } from '../../state/settings.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';
import { BackupsCard } from './BackupsCard.tsx';
import { CountrySelect } from './CountrySelect.tsx';
import { useSample } from '../sample/index.ts';
import { DeskLabelField } from './DeskLabelField.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { MeField } from './MeField.tsx';
import { MembershipCard } from './MembershipCard.tsx';
import { ShortcutsCard } from './ShortcutsCard.tsx';
import { ThemeField } from './ThemeField.tsx';

export function SettingsPage() {
  // the sample's country is fictional, not one of the list: the choice names it rather than asking for one
  const sampleOpen = useSample().status?.active ?? false;
  const { t } = useTranslation(['settings', 'reference', 'common']);
  const { settings, setCountry } = useSettings();
  const show = useToasts((s) => s.show);
  const { data: info, error: infoError, reload: reloadInfo } = useQuery('app.info', {});

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <section className="card stack">
        <div className="field">
          <label htmlFor="settings-language">{t('language')}</label>
          <LanguageSelect id="settings-language" />
        </div>
        <ThemeField />
        <div className="field">
          <label htmlFor="settings-country">{t('country')}</label>
          <CountrySelect
            id="settings-country"
            value={settings?.country ?? ''}
            placeholder={sampleOpen ? t('sample:brand', { country: t('sample:country') }) : undefined}
            aria-describedby="settings-country-hint"
            onChange={(c) => {
              if (c)
                setCountry(c)
                  .then(() => show({ tone: 'info', message: t('common:status.saved') }))
                  .catch((err: unknown) => show({ tone: 'error', message: errorMessage(t, err) }));
            }}
          />
          <p className="field__hint" id="settings-country-hint">
            {t('countryHint')}
          </p>
        </div>
        <DeskLabelField />
        <MeField />
      </section>

      <MembershipCard />

      <BackupsCard />

      <ShortcutsCard />

      <section className="card" aria-labelledby="conventions-heading">
        <h2 id="conventions-heading">{t('conventions')}</h2>
        <p className="muted">{t('conventionsHint')}</p>
        <ul className="conventions">
          {conventions.map((c) => {
            const roles = roleTypes.filter((r) => r.convention === c.id);
            const unconfirmed = roles.filter((r) => r.confidence === 'low').length;
            return (
              <li key={c.id}>
                <strong>{c.abbreviation}</strong> — {t(`reference:conventions.${c.id}`)}
                <span className="muted"> · {t('roles', { count: roles.length })}</span>
                {unconfirmed > 0 && <span className="badge badge--low"> {t('reference:confidence.low')}: {unconfirmed}</span>}
                {instrumentsOf(c.id).length > 0 && (
                  <ul>
                    {instrumentsOf(c.id).map((i) => (
                      <li key={i.id}>
                        {t(`reference:instruments.${i18nKeyOf(i.id)}`)}{' '}
                        <span className="muted">({t(`reference:instrumentKinds.${i.kind}`)})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {infoError ? <LoadError error={infoError} onRetry={reloadInfo} /> : null}
      {info && (
        <section className="card" aria-labelledby="about-heading">
          <h2 id="about-heading">{t('about')}</h2>
          <dl className="facts">
            <dt>{t('version')}</dt>
            <dd>{info.version}</dd>
            <dt>{t('schemaVersion')}</dt>
            <dd>{info.schemaVersion}</dd>
            <dt>{t('nodeId')}</dt>
            <dd>
              <code>{info.nodeId}</code>
            </dd>
            <dt>{t('dataDir')}</dt>
            <dd>
              <code>{info.dataDir}</code>
            </dd>
          </dl>
        </section>
      )}
    </div>
  );
}
