import ramsarSp5Meta from './meta/ramsar-sp5.json' with { type: 'json' };
import ramsarSp4Meta from './meta/ramsar-sp4.json' with { type: 'json' };
import { defineFramework, frameworkMeta, type ItemInput } from './types.ts';

// Ramsar Convention on Wetlands strategic plans. The Fifth Strategic Plan 2025-2034 (COP15, July 2025) is
// current but only a few of its items were found, so the Fourth Strategic Plan 2016-2024 is shipped as well
// (superseded, complete: 4 goals, 19 targets numbered 1-19 across goals). The plan is part of every id:
// 'ramsar:sp5:…' and 'ramsar:sp4:…'; item.framework says which plan an item belongs to.

const goal = (plan: 'sp4' | 'sp5', n: number, extra: Partial<ItemInput> = {}): ItemInput => ({ id: `ramsar:${plan}:G${n}`, kind: 'goal', code: `G${n}`, parent: null, confidence: 'high', ...extra });
const target = (plan: 'sp4' | 'sp5', code: string, goalNumber: number, extra: Partial<ItemInput> = {}): ItemInput => ({
  id: `ramsar:${plan}:T${code}`,
  kind: 'target',
  code: `T${code}`,
  parent: `ramsar:${plan}:G${goalNumber}`,
  confidence: 'high',
  ...extra,
});
const medium = { confidence: 'medium' } as const;

export const ramsarFifthPlan = defineFramework(
  frameworkMeta(ramsarSp5Meta),
  [
    goal('sp5', 1, { confidence: 'low', flags: ['wording-not-found'], note: "Not found. Reported to cover wetland conservation and restoration with targets linked to the GBF's 30% restoration/protection targets (unverified)." }),
    goal('sp5', 2),
    target('sp5', '2.3', 2),
  ],
);

export const ramsarFourthPlan = defineFramework(
  frameworkMeta(ramsarSp4Meta),
  [
    goal('sp4', 1),
    goal('sp4', 2),
    goal('sp4', 3),
    goal('sp4', 4),
    target('sp4', '1', 1),
    target('sp4', '2', 1, medium),
    target('sp4', '3', 1),
    target('sp4', '4', 1),
    target('sp4', '5', 2),
    target('sp4', '6', 2),
    target('sp4', '7', 2, medium),
    target('sp4', '8', 3, medium),
    target('sp4', '9', 3),
    target('sp4', '10', 3, medium),
    target('sp4', '11', 3, medium),
    target('sp4', '12', 3),
    target('sp4', '13', 3),
    target('sp4', '14', 4),
    target('sp4', '15', 4, medium),
    target('sp4', '16', 4),
    target('sp4', '17', 4, medium),
    target('sp4', '18', 4, medium),
    target('sp4', '19', 4, medium),
  ],
);
