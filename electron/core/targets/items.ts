import type { Degree } from '../../../shared/model/targets.ts';
import { allFrameworkItems, framework, frameworkItem, frameworks, itemsOf, type Framework, type FrameworkItem } from '../../../shared/reference/frameworks/index.ts';

// Reference-framework helpers for the targets area: which items a framework is read by, their order,
// and how degrees compare.

export const GBF = 'gbf';

/** The 23 GBF targets, in order. */
export const gbfTargets: readonly FrameworkItem[] = itemsOf(GBF).filter((i) => i.kind === 'target');

/** A national target can be aligned to a goal, target or objective, never to an indicator. */
export function isAlignable(item: FrameworkItem | undefined): item is FrameworkItem {
  return Boolean(item && item.kind !== 'indicator');
}

export function isGbfTarget(id: string): boolean {
  const item = frameworkItem(id);
  return Boolean(item && item.framework === GBF && item.kind === 'target');
}

export function isGbfHeadlineIndicator(id: string): boolean {
  const item = frameworkItem(id);
  return Boolean(item && item.framework === GBF && item.kind === 'indicator');
}

/**
 * The items a framework is read by (matrix columns, coverage rows): for the GBF its 23 targets; for the
 * others their targets and objectives, plus any goal with no target or objective under it (a framework
 * with no targets at all is read by its goals; Ramsar's partial fifth plan keeps its goal 1).
 */
export function columnItems(frameworkId: string): FrameworkItem[] {
  const items = itemsOf(frameworkId);
  if (frameworkId === GBF) return [...gbfTargets];
  const leaves = new Set(items.filter((i) => i.kind === 'target' || i.kind === 'objective').map((i) => i.id));
  const parents = new Set(items.filter((i) => leaves.has(i.id)).map((i) => i.parent));
  return items.filter((i) => leaves.has(i.id) || (i.kind === 'goal' && !parents.has(i.id)));
}

/**
 * The frameworks coverage reports on: every current one other than the GBF, and a superseded one while
 * the current framework of its convention is partial (Ramsar's fourth plan next to the fifth).
 */
export function coverageFrameworks(): Framework[] {
  const others = frameworks.filter((f) => f.id !== GBF);
  return others.filter(
    (f) => f.status === 'current' || (f.convention !== null && others.some((c) => c.convention === f.convention && c.status === 'current' && c.completeness === 'partial')),
  );
}

export function frameworkOf(itemId: string): Framework | undefined {
  const item = frameworkItem(itemId);
  return item ? framework(item.framework) : undefined;
}

const itemIndex = new Map(allFrameworkItems.map((i, n) => [i.id, n]));

/** Reference order: frameworks as listed, items as listed in their framework; unknown ids last. */
export function compareItems(a: string, b: string): number {
  return (itemIndex.get(a) ?? Number.MAX_SAFE_INTEGER) - (itemIndex.get(b) ?? Number.MAX_SAFE_INTEGER) || (a < b ? -1 : a > b ? 1 : 0);
}

const RANK: Record<Degree, number> = { high: 3, medium: 2, low: 1 };

export function bestDegree(degrees: Iterable<Degree>): Degree | null {
  let best: Degree | null = null;
  for (const d of degrees) if (!best || RANK[d] > RANK[best]) best = d;
  return best;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Natural order of national target codes (NT2 before NT10); targets without a code last. */
export function compareCodes(a: { code: string | null; id: string }, b: { code: string | null; id: string }): number {
  if (a.code === null || b.code === null) {
    if (a.code !== b.code) return a.code === null ? 1 : -1;
  } else {
    const c = collator.compare(a.code, b.code);
    if (c !== 0) return c;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How duplicate codes are compared: trimmed, case-insensitive. */
export function codeKey(code: string): string {
  return code.normalize('NFKC').trim().toLocaleLowerCase('en');
}
