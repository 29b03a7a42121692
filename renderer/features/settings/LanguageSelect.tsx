import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../../../shared/i18n-languages.ts';
import { useSettings } from '../../state/settings.ts';

export function LanguageSelect({ id }: { id?: string }) {
  const { t, i18n } = useTranslation();
  const setLanguage = useSettings((s) => s.setLanguage);
  return (
    <select id={id} value={i18n.language} onChange={(e) => isLanguage(e.target.value) && void setLanguage(e.target.value)}>
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </select>
  );
}
