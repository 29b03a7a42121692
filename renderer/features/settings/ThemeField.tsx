import { useTranslation } from 'react-i18next';
import { THEMES } from '../../../shared/model/settings.ts';
import { useSettings } from '../../state/settings.ts';
import { Segmented } from '../../ui/Segmented.tsx';

/** Light, dark, or as the system says (the default). */
export function ThemeField() {
  const { t } = useTranslation('settings');
  const { settings, setTheme } = useSettings();
  return (
    <div className="field">
      <span className="field__label" id="settings-theme">
        {t('theme.label')}
      </span>
      <Segmented label={t('theme.label')} options={THEMES.map((key) => ({ key, label: t(`theme.${key}`) }))} value={settings?.theme ?? 'system'} onChange={(k) => void setTheme(k)} />
    </div>
  );
}
