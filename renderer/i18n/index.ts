import i18next from 'i18next';
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES, RTL_LANGUAGES, type Language } from '../../shared/i18n-languages.ts';

// All six languages are bundled: the desk works offline, so nothing is fetched at run time.
const files = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });

export function resources(): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [file, content] of Object.entries(files)) {
    const m = /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(file);
    if (!m) continue;
    (out[m[1]] ??= {})[m[2]] = content;
  }
  return out;
}

for (const locale of [en, fr, es, ar, ru, zh]) countries.registerLocale(locale);

export async function initI18n(language: Language = 'en') {
  await i18next.use(initReactI18next).init({
    resources: resources(),
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

export function countryName(code: string, language: string): string {
  return countries.getName(code, language) ?? countries.getName(code, 'en') ?? code;
}

export function countryList(language: string): { code: string; name: string }[] {
  const names = countries.getNames(language, { select: 'official' });
  const collator = new Intl.Collator(language);
  return Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
