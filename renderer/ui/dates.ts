// A day typed in the interface language's numeric form (31/12/2026 in French, 2026/12/31 in
// Chinese, 12/31/2026 in English, Arabic-Indic digits in Arabic), read back to YYYY-MM-DD. ISO
// dates are accepted in every language. The order and the digits come from Intl, as shown elsewhere.

type Part = 'day' | 'month' | 'year';

const numeric = new Map<string, Intl.DateTimeFormat>();
function formatOf(language: string): Intl.DateTimeFormat {
  let f = numeric.get(language);
  if (!f) numeric.set(language, (f = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })));
  return f;
}

/** 2026-12-31 as the language writes it in numbers; '' for '' or a value that is not a day. */
export function formatDayInput(iso: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatOf(language).format(new Date(`${iso}T00:00:00Z`));
}

/** The order the language writes day, month and year in. */
export function partOrder(language: string): Part[] {
  return formatOf(language)
    .formatToParts(new Date(Date.UTC(2026, 11, 31)))
    .map((p) => p.type)
    .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
}

/** Arabic-Indic and Eastern Arabic-Indic digits as ASCII; bidirectional marks dropped. */
function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c]/g, '');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of a typed day, '' for nothing typed, null for text that is not a real day. */
export function parseDayInput(text: string, language: string): string | null {
  const clean = asciiDigits(text).trim();
  if (!clean) return '';
  const numbers = clean.split(/\D+/).filter(Boolean).map(Number);
  if (numbers.length !== 3) return null;
  const iso = /^\d{4}\D/.test(clean);
  const order: Part[] = iso ? ['year', 'month', 'day'] : partOrder(language);
  const value = Object.fromEntries(order.map((part, i) => [part, numbers[i]])) as Record<Part, number>;
  if (value.year < 1000 || value.year > 9999) return null;
  const date = new Date(Date.UTC(value.year, value.month - 1, value.day));
  if (date.getUTCFullYear() !== value.year || date.getUTCMonth() !== value.month - 1 || date.getUTCDate() !== value.day) return null;
  return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
}
