import type { TFunction } from 'i18next';
import type { IndicatorEntry } from '../../../shared/contract/progress.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';

// Indicators in words: a GBF headline indicator in the interface language (the frameworks
// namespace has it); the others in the framework's English wording, which the view marks as such.

export interface IndicatorName {
  code: string;
  title: string;
  /** the title is the framework's English text, not a translation */
  english: boolean;
}

export function indicatorName(t: TFunction, entry: Pick<IndicatorEntry, 'id' | 'code' | 'kind' | 'title'>): IndicatorName {
  const item = entry.kind === 'headline' ? frameworkItem(entry.id) : undefined;
  if (item) return { code: entry.code, title: t(`frameworks:items.${item.key}`), english: false };
  return { code: entry.code, title: entry.title, english: entry.kind !== 'national' };
}

/** The indicators a national target can use: its headline ones, those numbered under the GBF goals and targets it is aligned to, and its national ones. */
export function indicatorsForTarget(catalog: readonly IndicatorEntry[], target: { id: string; headlineIndicatorIds: readonly string[]; alignments: readonly { frameworkItemId: string }[] }): IndicatorEntry[] {
  const parents = new Set(target.alignments.map((a) => a.frameworkItemId));
  const chosen = new Set(target.headlineIndicatorIds);
  return catalog.filter((i) => chosen.has(i.id) || (i.parent !== null && parents.has(i.parent)) || (i.kind === 'national' && i.parent === target.id));
}
