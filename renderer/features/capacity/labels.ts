import type { TFunction } from 'i18next';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { formatDay } from '../../ui/format.ts';

/** A row's convention as the lists show it: its abbreviation, or "several or none". */
export function conventionLabel(t: TFunction, convention: string | null): string {
  return convention ? scopeAbbreviation(convention) : t('capacity:conventionNone');
}

/** "6 Nov 2023 – 8 Nov 2023", or one day when it lasted one. */
export function dayRange(start: string, end: string | null, language: string): string {
  return end && end !== start ? `${formatDay(start, language)} – ${formatDay(end, language)}` : formatDay(start, language);
}

const lists = new Map<string, Intl.ListFormat>();

/** Names as a list in the interface language ("A, B" — "A، B" in Arabic); one formatter per language, kept. */
export function nameList(names: readonly (string | null)[], language: string): string {
  let format = lists.get(language);
  if (!format) lists.set(language, (format = new Intl.ListFormat(language, { type: 'unit', style: 'short' })));
  return format.format(names.filter((n): n is string => Boolean(n)));
}
