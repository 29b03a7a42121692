import { defineFramework, type ItemInput } from './types.ts';

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
  {
    id: 'ramsar-sp5',
    abbreviation: 'Ramsar SP5',
    convention: 'ramsar',
    adopted: 2025,
    adoptedBy: 'Ramsar COP15, Victoria Falls, Zimbabwe, July 2025',
    edition: 'as adopted at Ramsar COP15',
    period: { from: 2025, to: 2034 },
    status: 'current',
    completeness: 'partial',
    confidence: 'high',
    sources: [
      { url: 'https://dart.informea.org/taxonomy/term/10353', usedFor: 'goal 2' },
      { url: 'https://dart.informea.org/zh-hans/taxonomy/term/5991', usedFor: 'target 2.3' },
    ],
    gaps: [
      'Only goal 1 (existence), goal 2 and target 2.3 found; the other goals and targets are missing.',
      "Goal 1 wording not found (reported to cover wetland conservation and restoration, linked to the GBF's 30% targets; unverified).",
      "Goal 2 indicator: 'Area of wetlands with maintained or improving ecological character' (not modelled as an item).",
    ],
  },
  [
    goal('sp5', 1, { confidence: 'low', flags: ['wording-not-found'], note: "Not found. Reported to cover wetland conservation and restoration with targets linked to the GBF's 30% restoration/protection targets (unverified)." }),
    goal('sp5', 2),
    target('sp5', '2.3', 2),
  ],
);

export const ramsarFourthPlan = defineFramework(
  {
    id: 'ramsar-sp4',
    abbreviation: 'Ramsar SP4',
    convention: 'ramsar',
    adopted: 2015,
    adoptedBy: 'Ramsar COP12, Punta del Este, 2015 (Resolution XII.2); extended to 2024',
    edition: 'Resolution XII.2 as extended to 2024',
    period: { from: 2016, to: 2024 },
    status: 'superseded',
    completeness: 'complete',
    confidence: 'high',
    sources: [
      { url: 'https://scribd.com/document/667126021/ramsar-convention-strategic-plan-poster-english', usedFor: 'structure (4 goals, 19 targets)' },
      { url: 'https://dart.informea.org/taxonomy/term/1691', usedFor: 'targets' },
    ],
    gaps: ['Target years of the individual targets not recorded.'],
  },
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
