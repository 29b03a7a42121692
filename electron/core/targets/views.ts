import type { Alignment, Coverage, CrosswalkMatrix, Degree, NationalTarget, TargetServes } from '../../../shared/model/targets.ts';
import { frameworkItem } from '../../../shared/reference/frameworks/index.ts';
import type { Store } from '../store.ts';
import { effectiveRelations, type Relation } from './crosswalk.ts';
import { bestDegree, columnItems, compareItems, coverageFrameworks, gbfTargets, isGbfTarget } from './items.ts';
import { getTarget, listTargets } from './read.ts';

// The crosswalk views: national targets × one framework's items, the GBF gaps and what each
// convention's plan gets from the national targets, and everything one national target serves.

export function crosswalkMatrix(store: Store, frameworkId: string): CrosswalkMatrix {
  const columns = columnItems(frameworkId).map((i) => i.id);
  const inColumns = new Set(columns);
  const rows = listTargets(store).map((t) => ({
    id: t.id,
    code: t.code,
    title: t.title,
    cells: Object.fromEntries(t.alignments.filter((a) => inColumns.has(a.frameworkItemId)).map((a) => [a.frameworkItemId, a.degree])) as Record<string, Degree>,
  }));
  return { framework: frameworkId, columns, rows };
}

/** Through the crosswalk, a low-confidence relation carries a target only at 'low'; otherwise at the alignment's degree. */
const carried = (alignment: Degree, relation: Relation): Degree => (relation.confidence === 'low' ? 'low' : alignment);

interface Reach {
  itemId: string;
  degree: Degree;
  /** the GBF target it is reached through; null for a direct alignment */
  via: string | null;
}

/** What one target's alignments reach: each alignment itself, and the crosswalk relations of the GBF targets among them. */
function reach(alignments: Alignment[], relations: Map<string, Relation[]>): Reach[] {
  const sorted = [...alignments].sort((a, b) => compareItems(a.frameworkItemId, b.frameworkItemId));
  const direct = sorted.map((a) => ({ itemId: a.frameworkItemId, degree: a.degree, via: null }));
  const through = sorted
    .filter((a) => isGbfTarget(a.frameworkItemId))
    .flatMap((a) => (relations.get(a.frameworkItemId) ?? []).map((r) => ({ itemId: r.to, degree: carried(a.degree, r), via: a.frameworkItemId })))
    .sort((a, b) => compareItems(a.itemId, b.itemId) || compareItems(a.via, b.via));
  return [...direct, ...through];
}

export interface Carrier {
  id: string;
  code: string | null;
  degree: Degree;
  /** the GBF target the crosswalk carried it through; null: aligned directly */
  via: string | null;
}

/** Who carries each framework item: targets in code order, for each the direct alignment first, then by GBF target. */
function carriersOf(targets: readonly NationalTarget[], relations: Map<string, Relation[]>): Map<string, Carrier[]> {
  const carriers = new Map<string, Carrier[]>();
  for (const t of targets) {
    const mine = reach(t.alignments, relations).sort((a, b) => (a.via === null ? 0 : 1) - (b.via === null ? 0 : 1) || compareItems(a.via ?? '', b.via ?? ''));
    for (const r of mine) carriers.set(r.itemId, [...(carriers.get(r.itemId) ?? []), { id: t.id, code: t.code, degree: r.degree, via: r.via }]);
  }
  return carriers;
}

/** The national targets that serve each framework item, directly or through the crosswalk. */
export function itemCarriers(store: Store): Map<string, Carrier[]> {
  return carriersOf(listTargets(store), effectiveRelations(store));
}

export function coverage(store: Store): Coverage {
  const targets = listTargets(store);
  const relations = effectiveRelations(store);

  const degreesByItem = new Map<string, Degree[]>();
  for (const t of targets) for (const a of t.alignments) degreesByItem.set(a.frameworkItemId, [...(degreesByItem.get(a.frameworkItemId) ?? []), a.degree]);
  const gbfGaps = gbfTargets
    .map((i) => ({ itemId: i.id, best: bestDegree(degreesByItem.get(i.id) ?? []) }))
    .filter((g) => g.best === null || g.best === 'low');

  const carriers = carriersOf(targets, relations);
  const byFramework = coverageFrameworks().map((f) => ({
    framework: f.id,
    convention: f.convention,
    items: columnItems(f.id).map((i) => ({ itemId: i.id, targets: carriers.get(i.id) ?? [] })),
  }));
  return { gbfGaps, byFramework };
}

export function targetServes(store: Store, id: string): TargetServes {
  const target: NationalTarget = getTarget(store, id);
  const items = reach(target.alignments, effectiveRelations(store)).map((r) => ({ ...r, framework: frameworkItem(r.itemId)?.framework ?? '' }));
  return { id, items };
}
