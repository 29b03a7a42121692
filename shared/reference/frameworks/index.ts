import { citesStrategicVision } from './cites.ts';
import { cmsStrategicPlan } from './cms.ts';
import { gbf } from './gbf.ts';
import { ramsarFifthPlan, ramsarFourthPlan } from './ramsar.ts';
import { sdg } from './sdg.ts';
import type { Framework, FrameworkItem } from './types.ts';

export * from './types.ts';
export { crosswalk, relationsFrom, relationsTo, type Crosswalk, type CrosswalkRelation } from './crosswalk.ts';
export { citesStrategicVision, cmsStrategicPlan, gbf, ramsarFifthPlan, ramsarFourthPlan, sdg };

export const frameworks: readonly Framework[] = Object.freeze([gbf, cmsStrategicPlan, ramsarFifthPlan, ramsarFourthPlan, citesStrategicVision, sdg]);

export const allFrameworkItems: readonly FrameworkItem[] = Object.freeze(frameworks.flatMap((f) => f.items));

const itemsById = new Map(allFrameworkItems.map((i) => [i.id, i]));

export function framework(id: string): Framework | undefined {
  return frameworks.find((f) => f.id === id);
}

export function frameworkItem(id: string): FrameworkItem | undefined {
  return itemsById.get(id);
}

export function itemsOf(frameworkId: string): readonly FrameworkItem[] {
  return framework(frameworkId)?.items ?? [];
}

export function isFrameworkItemId(id: unknown): id is string {
  return typeof id === 'string' && itemsById.has(id);
}

/** items directly under a goal or target (targets/objectives under goals, indicators under their parent) */
export function childrenOf(id: string): FrameworkItem[] {
  return allFrameworkItems.filter((i) => i.parent === id);
}

/** GBF headline indicators for a goal or target: those attached to it and those also used for it */
export function headlineIndicatorsOf(id: string): FrameworkItem[] {
  return allFrameworkItems.filter((i) => i.kind === 'indicator' && (i.parent === id || i.alsoFor?.some((a) => a.id === id)));
}
