import { fold } from './mapping.ts';

// Cell texts to the values the desk stores: language names to codes, several addresses in one
// cell, dates as spreadsheets write them.

/** Languages named by their code or by their name in English, French, Spanish or in itself. */
const LANGUAGE_CODES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'de', 'sw', 'hi', 'id', 'tr', 'fa', 'ja', 'it', 'nl', 'ko', 'th', 'vi', 'ms', 'bn', 'ur', 'am', 'ha', 'uk', 'pl', 'ro', 'el', 'he', 'sv', 'no', 'da', 'fi', 'mg', 'km', 'lo', 'my', 'ne', 'si', 'ta', 'mn', 'kk', 'uz', 'hy', 'ka', 'az', 'tl', 'fil'];

let languageNames: Map<string, string> | null = null;

function languageTable(): Map<string, string> {
  if (languageNames) return languageNames;
  const table = new Map<string, string>();
  for (const code of LANGUAGE_CODES) {
    table.set(code, code);
    for (const locale of ['en', 'fr', 'es', code]) {
      try {
        const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
        if (name && name !== code) table.set(fold(name), code);
      } catch {
        // a locale this runtime does not know: its own name is simply not offered
      }
    }
  }
  languageNames = table;
  return table;
}

/** "English, French" / "en; fr" / "Anglais et français" → ['en', 'fr']; an unknown name → null. */
export function parseLanguages(text: string): string[] | null {
  const parts = text
    .split(/[,;/|\n]+|\s+(?:and|et|y|&)\s+/i)
    .map((p) => fold(p))
    .filter(Boolean);
  const table = languageTable();
  const codes: string[] = [];
  for (const p of parts) {
    const code = table.get(p) ?? (/^[a-z]{2,3}$/.test(p) && known(p) ? p : undefined);
    if (!code) return null;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function known(code: string): boolean {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
    return Boolean(name);
  } catch {
    return false;
  }
}

/** A cell with several e-mail addresses or phone numbers: the first one, and the others. */
export function splitList(text: string, kind: 'email' | 'phone'): { first: string; others: string[] } {
  const cleaned = kind === 'email' ? text.replace(/mailto:/gi, '') : text;
  const separator = kind === 'email' ? /[;,\s]+/ : /[;,\n]+/;
  const [first = '', ...others] = cleaned
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
  return { first, others };
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): string | null {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso) ? iso : null;
}

export type DayOrder = 'dmy' | 'mdy' | 'mixed';

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * How a column writes its dates: day first (03/04/2024 is 3 April) unless one of its dates can
 * only be month first (04/13/2024); when both kinds occur, only dates that are clear are read.
 */
export function dayOrderOf(texts: readonly string[]): DayOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const t of texts) {
    const m = NUMERIC.exec(t.trim());
    if (!m) continue;
    if (+m[1] > 12) dayFirst = true;
    if (+m[2] > 12) monthFirst = true;
  }
  return dayFirst && monthFirst ? 'mixed' : monthFirst ? 'mdy' : 'dmy';
}

/** A date as YYYY-MM-DD: ISO dates (with a time, too), YYYY/MM/DD, and D/M/YYYY, D.M.YYYY or D-M-YYYY in the column's order. */
export function parseDate(text: string, order: DayOrder = 'dmy'): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  m = NUMERIC.exec(s);
  if (!m) return null;
  const [a, b, y] = [+m[1], +m[2], +m[3]];
  if (order === 'dmy') return validDay(y, b, a);
  if (order === 'mdy') return validDay(y, a, b);
  if (a === b || (a > 12) !== (b > 12)) return a > 12 ? validDay(y, b, a) : validDay(y, a, b);
  return null;
}
