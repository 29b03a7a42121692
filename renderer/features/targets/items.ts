import type { TFunction } from 'i18next';
import { framework, frameworkItem, frameworks, frameworkKeyOf } from '../../../shared/reference/frameworks/index.ts';

/** "T3 — Conserve 30% of land and sea", in the interface language. */
export function itemLabel(t: TFunction, id: string): string {
  const item = frameworkItem(id);
  if (!item) return id;
  return `${item.code} — ${t(`frameworks:items.${item.key}`)}`;
}

export function itemCode(id: string): string {
  return frameworkItem(id)?.code ?? id;
}

export function frameworkName(t: TFunction, id: string): string {
  const f = framework(id);
  return f ? t(`frameworks:names.${f.key}`) : id;
}

export function frameworkAbbreviation(id: string): string {
  return framework(id)?.abbreviation ?? id;
}

/** Items one can align a national target to: goals, targets and objectives (not indicators). */
export function alignableItems(frameworkId: string) {
  return (framework(frameworkId)?.items ?? []).filter((i) => i.kind !== 'indicator');
}

export const FRAMEWORK_IDS = frameworks.map((f) => f.id);
export { frameworkKeyOf };
