import { RTL_LANGUAGES, type Language } from '../../shared/i18n-languages.ts';
import { downloadBlob } from './files.ts';

/** Dates and numbers in the interface language, through Intl. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

export function saveTextFile(fileName: string, content: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([content], { type }));
}

// a formatter costs far more to make than to use: one per language, kept
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date in the interface language, without time-zone surprises. */
export function formatDay(date: string | null, language: string): string {
  if (!date) return '';
  let format = dayFormats.get(language);
  if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * A name put into a sentence of a right-to-left language, as a bidi isolate (U+2068 … U+2069):
 * "CMS COP16 (Cali)" or a Latin title keeps its own order and does not pull the sentence's
 * punctuation or the words after it to its side. Left as it is in other languages.
 */
export function isolateIn(language: string, value: string): string {
  return value && RTL_LANGUAGES.includes(language as Language) ? `\u2068${value}\u2069` : value;
}
