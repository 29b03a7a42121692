import i18next from 'i18next';
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES, RTL_LANGUAGES, type Language } from '../../shared/i18n-languages.ts';

// All six languages are bundled: the desk works offline, so nothing is fetched from elsewhere.
// English (every key's fallback) is in the first script; each other language is a set of chunks
// of its own, loaded when it is chosen, so starting the desk does not parse five languages it
// does not show.
type Texts = Record<string, unknown>;
const english = import.meta.glob<Texts>('../../locales/en/*.json', { eager: true, import: 'default' });
const others = import.meta.glob<Texts>(['../../locales/*/*.json', '!../../locales/en/*.json'], { import: 'default' });

// the country names of the other languages, loaded with the language's texts
const countryNames = import.meta.glob<{ locale: string; countries: Record<string, string | string[]> }>(['../../node_modules/i18n-iso-countries/langs/{fr,es,ar,ru,zh}.json'], { import: 'default' });

const fileOf = (file: string) => /locales\/([a-z]+)\/([a-z-]+)\.json$/.exec(file);

function englishResources(): Record<string, Record<string, Texts>> {
  const out: Record<string, Texts> = {};
  for (const [file, content] of Object.entries(english)) {
    const m = fileOf(file);
    if (m) out[m[2]] = content;
  }
  return { en: out };
}

/** Loads a language's texts into i18next (once; English is always there). */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'common')) return;
  const files = Object.entries(others).filter(([file]) => fileOf(file)?.[1] === language);
  const names = Object.entries(countryNames).find(([file]) => file.endsWith(`/${language}.json`))?.[1];
  const [loaded, locale] = await Promise.all([Promise.all(files.map(async ([file, load]) => [fileOf(file)![2], await load()] as const)), names?.()]);
  for (const [ns, texts] of loaded) i18next.addResourceBundle(language, ns, texts, true, true);
  if (locale) countries.registerLocale(locale);
}

countries.registerLocale(en);

export async function initI18n(language: Language = 'en') {
  await i18next.use(initReactI18next).init({
    resources: englishResources(),
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await changeLanguage(language);
  return i18next;
}

export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
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
